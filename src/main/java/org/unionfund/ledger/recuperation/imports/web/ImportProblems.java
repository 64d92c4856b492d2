package org.unionfund.ledger.recuperation.imports.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.unionfund.ledger.recuperation.imports.read.ImportFileProblem;
import org.unionfund.ledger.platform.web.RequestProblem;

/** A file problem as problem+json: 400 (413 for size), rule, the file's row and column where known. */
final class ImportProblems {

    private ImportProblems() {
    }

    static ErrorResponseException of(ImportFileProblem problem) {
        HttpStatus status = problem.rule().equals("file-too-large") ? HttpStatus.PAYLOAD_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        ErrorResponseException e = RequestProblem.of(status, problem.rule(),
                problem.rule().equals("invalid-mapping") ? "mapping" : "file", problem.getMessage());
        if (problem.row() != null) {
            e.getBody().setProperty("row", problem.row());
        }
        if (problem.column() != null) {
            e.getBody().setProperty("column", problem.column());
        }
        return e;
    }
}
