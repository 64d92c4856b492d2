package org.unionfund.ledger.platform.web.validation;

import org.unionfund.ledger.kernel.Money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class YuanAmountValidator implements ConstraintValidator<YuanAmount, String> {

    private boolean allowZero;
    private boolean allowNegative;

    @Override
    public void initialize(YuanAmount annotation) {
        allowZero = annotation.allowZero();
        allowNegative = annotation.allowNegative();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Money amount;
        try {
            amount = Money.parseYuan(value);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return false;
        }
        return (allowZero || !amount.isZero()) && (allowNegative || !amount.isNegative());
    }
}
