package fi.tietovahti.collection;

import org.springframework.stereotype.Component;

/** When the daily rent-collection run starts: the timer of {@code rent-collection-run} reads {@code ${rentCollectionSchedule.cycle}}. */
@Component("rentCollectionSchedule")
public class RentCollectionSchedule {

    private final String cycle;

    RentCollectionSchedule(CollectionPractice practice) {
        this.cycle = practice.runCycle();
    }

    public String getCycle() {
        return cycle;
    }
}
