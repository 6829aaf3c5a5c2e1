/**
 * Viewer profiles (what each returning viewer likes: categories, price band, products) and item-to-item
 * recommendation (cosine over viewers' weighted interactions), evaluated by hit rate on held-out purchases against a
 * popularity baseline.
 */
package io.livecopilot.analytics.profile;
