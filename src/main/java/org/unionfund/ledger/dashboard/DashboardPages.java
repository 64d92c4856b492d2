package org.unionfund.ledger.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The dashboard's page: {@code /dashboard/} serves {@code static/dashboard/index.html} (plain HTML, CSS and JS,
 * no build step; ECharts from the vendored webjar). The page itself holds no data and is public like the API
 * docs; everything it shows it asks the query API for with the signed-in user's credentials.
 */
@Controller
@Hidden
public class DashboardPages {

    public static final String PATH = "/dashboard/";

    @GetMapping("/dashboard")
    public String redirect() {
        return "redirect:" + PATH;
    }

    @GetMapping(PATH)
    public String index() {
        return "forward:" + PATH + "index.html";
    }
}
