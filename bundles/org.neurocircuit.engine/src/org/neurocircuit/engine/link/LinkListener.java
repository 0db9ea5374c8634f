package org.neurocircuit.engine.link;

/** Hears publications on the topics it subscribed to. Called on the publisher's thread. */
@FunctionalInterface
public interface LinkListener {

    void changed(LinkEvent event);
}
