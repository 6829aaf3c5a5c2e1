package io.livecopilot.core.nlu;

import io.livecopilot.core.catalog.Catalog;

/** Understands live-room comments: normalize, mask personal data, classify intent and sentiment, extract entities. */
public interface CommentUnderstander {
    /**
     * Understands one comment as written by a viewer.
     *
     * @param productOnShow the product being presented now (resolves "这个"), or {@code null}
     */
    Understanding understand(String comment, Catalog catalog, String productOnShow);
}
