package io.livecopilot.core.catalog;

/**
 * An after-sale policy: days for returns without reason, freight insurance and warranty.
 * Every field may be {@code null} (unknown); a product's policy overrides the shop's field by field.
 */
public record AftersalePolicy(Integer returnsDays, Boolean freightInsurance, Integer warrantyMonths) {
    public static final AftersalePolicy UNKNOWN = new AftersalePolicy(null, null, null);

    /** This policy with each unknown field taken from {@code base}. */
    public AftersalePolicy over(AftersalePolicy base) {
        if (base == null) return this;
        return new AftersalePolicy(
                returnsDays != null ? returnsDays : base.returnsDays,
                freightInsurance != null ? freightInsurance : base.freightInsurance,
                warrantyMonths != null ? warrantyMonths : base.warrantyMonths);
    }
}
