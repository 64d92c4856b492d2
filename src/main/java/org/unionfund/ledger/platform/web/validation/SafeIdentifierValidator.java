package org.unionfund.ledger.platform.web.validation;

import org.unionfund.ledger.kernel.SafeId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SafeIdentifierValidator implements ConstraintValidator<SafeIdentifier, String> {

    private int max;

    @Override
    public void initialize(SafeIdentifier annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isSafe(value, max);
    }

    public static boolean isSafe(String value, int max) {
        return SafeId.isSafe(value, max);
    }
}
