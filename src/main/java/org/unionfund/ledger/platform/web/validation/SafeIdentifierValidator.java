package org.unionfund.ledger.platform.web.validation;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SafeIdentifierValidator implements ConstraintValidator<SafeIdentifier, String> {

    public static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9._:-]+");

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
        return value != null && !value.isEmpty() && value.length() <= max && ALPHABET.matcher(value).matches();
    }
}
