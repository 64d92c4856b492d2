package org.unionfund.ledger.reporting.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs where the dashboard is, once the application is ready and before the demo data starts loading (its
 * listener runs later): {@code Dashboard: http://localhost:8080/dashboard/}.
 */
@Component
public class DashboardStartupLog {

    private static final Logger log = LoggerFactory.getLogger(DashboardStartupLog.class);

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
                && web.getWebServer().getPort() > 0) {
            log.info("Dashboard: {}", url(web.getWebServer().getPort()));
        }
    }

    static String url(int port) {
        return "http://localhost:" + port + DashboardPages.PATH;
    }
}
