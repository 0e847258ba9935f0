package fi.tietovahti.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The DPO's settings for access requests (tietovahti.access.*).
 * {@code straightThrough}: when no collected record carries anyone else's data, the report goes out without a
 * handler's review. Off by default: the DPO turns it on once they trust the registers' third-party marking.
 * Read at the moment the decision is made, so a change applies to the cases that reach that point afterwards.
 */
@ConfigurationProperties("tietovahti.access")
public class AccessProperties {

    private boolean straightThrough;

    public boolean isStraightThrough() {
        return straightThrough;
    }

    public void setStraightThrough(boolean straightThrough) {
        this.straightThrough = straightThrough;
    }
}
