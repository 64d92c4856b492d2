package org.unionfund.ledger.reporting.dashboard;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The dashboard's page: {@code /dashboard/} serves {@code static/dashboard/index.html} (plain HTML, CSS and JS,
 * no build step; ECharts from the vendored webjar). The page itself holds no data and is public like the API
 * docs; everything it shows it asks the query API for with the signed-in user's credentials. {@code /} leads to it.
 */
@Controller
@Hidden
public class DashboardPages {

    public static final String PATH = "/dashboard/";
    /** Public: what the sign-in page may show before anyone has signed in. */
    public static final String SIGN_IN = "/dashboard/sign-in";

    private final boolean demo;

    public DashboardPages(@Value("${ledger.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/")
    public String root() {
        return "redirect:" + PATH;
    }

    @GetMapping("/dashboard")
    public String redirect() {
        return "redirect:" + PATH;
    }

    @GetMapping(PATH)
    public String index() {
        return "forward:" + PATH + "index.html";
    }

    /** The demo users' passwords are shown on the sign-in page only while the demo data set is on. */
    @GetMapping(value = SIGN_IN, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> signIn() {
        return Map.of("demoUsers", demo);
    }
}
