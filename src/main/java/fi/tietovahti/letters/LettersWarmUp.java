package fi.tietovahti.letters;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * docx4j's first JAXB context and the first PDF conversion cost seconds (14-19 s measured, see
 * docs/benchmarks.md). Rendering an empty report once in the background after start-up moves that cost away from
 * the first resident's report. tietovahti.letters.warm-up=false turns it off (the tests do).
 */
@Component
class LettersWarmUp {

    private static final Logger log = LoggerFactory.getLogger(LettersWarmUp.class);

    private final AccessReportRenderer renderer;
    private final boolean enabled;
    private final java.time.Clock clock;

    LettersWarmUp(AccessReportRenderer renderer, @Value("${tietovahti.letters.warm-up:true}") boolean enabled,
                  java.time.Clock clock) {
        this.clock = clock;
        this.renderer = renderer;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (enabled) {
            Thread thread = new Thread(this::warmUp, "letters-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /** Renders an empty report as DOCX and PDF; returns the milliseconds it took. Never throws. */
    long warmUp() {
        long started = System.nanoTime();
        try {
            AccessReportRenderer.ReportRequest empty = new AccessReportRenderer.ReportRequest("TV-0000-000000", "fi",
                    "-", LocalDate.now(clock), LocalDate.now(clock), List.of(), List.of());
            renderer.render(empty);
            long ms = (System.nanoTime() - started) / 1_000_000;
            log.info("Letters warmed up in {} ms", ms);
            return ms;
        } catch (RuntimeException e) {
            // the first real report will then pay the cost, or fail with its own clear error
            log.warn("Letters warm-up failed: {}", e.getMessage());
            return -1;
        }
    }
}
