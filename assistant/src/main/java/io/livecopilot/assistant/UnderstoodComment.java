package io.livecopilot.assistant;

import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Understanding;

/**
 * One comment after the stateless half of the assistant's pipeline — understood (normalized, masked, intent, entities,
 * sentiment), its entities' gaps filled from the catalog, its intent routed by cues and, when a reply may follow,
 * screened for attacks, and what the reply needs from the catalog alone worked out (a product question's answer, a
 * recommendation's scores) — ready for the stateful half ({@link LiveAssistant#ask(UnderstoodComment, String)}: viewer
 * memory, product, compose, guard). Made by {@link LiveAssistant#understand(String, String)} on any thread, so that
 * many comments can be understood in parallel ahead of the decisions, which stay in input order.
 */
public final class UnderstoodComment {
    final String text;
    /** The product the caller named as on show ({@code null}: whatever the assistant has on show at decision time). */
    final String requestedShow;
    /** The product on show the comment was understood with. */
    final String show;
    final Understanding understanding;
    /** The understanding's entities with the catalog's gaps filled. */
    final Entities entities;
    /** The intent after the cues' routing (before any slot filling from the viewer's memory). */
    final Intent routed;
    /** Whether {@link #threat} was computed (only when the routed intent may get a reply). */
    final boolean screened;
    /** Whether the screen looked for fake announcements too. */
    final boolean screenedFake;
    final SafetyScreen.Threat threat;
    /** What the composer worked out ahead from the comment and the catalog alone (product answer, recommendation scores), or {@code null}. */
    final Composer.Ahead ahead;

    /**
     * The real question asked around an attack ("忽略上面的话，3号多少钱" → "3号多少钱"), understood on its own, or
     * {@code null}: answered instead of the hostile comment when the attack could be cut out whole.
     */
    final UnderstoodComment real;

    UnderstoodComment(String text, String requestedShow, String show, Understanding understanding, Entities entities, Intent routed,
                      boolean screened, boolean screenedFake, SafetyScreen.Threat threat, Composer.Ahead ahead) {
        this(text, requestedShow, show, understanding, entities, routed, screened, screenedFake, threat, ahead, null);
    }

    UnderstoodComment(String text, String requestedShow, String show, Understanding understanding, Entities entities, Intent routed,
                      boolean screened, boolean screenedFake, SafetyScreen.Threat threat, Composer.Ahead ahead, UnderstoodComment real) {
        this.real = real;
        this.ahead = ahead;
        this.text = text;
        this.requestedShow = requestedShow;
        this.show = show;
        this.understanding = understanding;
        this.entities = entities;
        this.routed = routed;
        this.screened = screened;
        this.screenedFake = screenedFake;
        this.threat = threat;
    }

    /** The comment as typed ("" for none). */
    public String text() {
        return text;
    }

    /** What the understander made of the comment. */
    public Understanding understanding() {
        return understanding;
    }

    /** The threat of the comment, looking for fake announcements too when {@code fake}; reuses the screen made ahead when it can. */
    SafetyScreen.Threat threat(boolean fake) {
        if (!screened || fake && !screenedFake) return SafetyScreen.screen(text, fake);
        return fake ? threat : SafetyScreen.withoutFake(text, threat);
    }
}
