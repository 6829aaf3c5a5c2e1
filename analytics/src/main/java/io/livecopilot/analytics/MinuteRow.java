package io.livecopilot.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * One minute of a session's timeline (spec/metrics.md): what happened in the clock minute starting at {@code minute}.
 *
 * @param minute     epoch milliseconds of the minute's start
 * @param online     concurrent viewers at the end of the minute (online snapshots where present, else enter/leave)
 * @param segment    the kind of the segment active at the end of the minute, or {@code null}
 * @param product    the product being presented at the end of the minute, or {@code null}
 * @param paidOrders pay events in the minute; {@code gmv} their amounts
 * @param attributedPaidOrders paid orders whose click (else order) happened in the minute, wherever they were paid;
 *                   {@code attributedGmv} their amounts: what the minute's audience and offer converted
 * @param markers    coupons released, products shown and segments started during the minute
 */
public record MinuteRow(long minute, int online, int enters, int leaves, int comments, long likes, int clicks, int carts,
                        int orders, int paidOrders, BigDecimal gmv, int attributedPaidOrders, BigDecimal attributedGmv,
                        String segment, String product, List<Marker> markers) {
    public MinuteRow {
        markers = List.copyOf(markers);
    }
}
