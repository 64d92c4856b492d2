package org.unionfund.ledger.audit.asof.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionfund.ledger.platform.web.BoundParameters;

import io.swagger.v3.oas.annotations.Parameter;

/** The cut of an as-of query and, optionally, the business-date period whose money events count. */
@BoundParameters
public record AsOfCut(@Parameter(description = AsOfCut.AS_OF, required = true) @RequestParam String asOf,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo) {

    static final String AS_OF = "Known-at cut: a global sequence number (1234), an instant "
            + "(2025-04-10T08:00:00Z: what was recorded by then) or a date (2025-04-10: by the end of that day, "
            + "Asia/Shanghai)";
}
