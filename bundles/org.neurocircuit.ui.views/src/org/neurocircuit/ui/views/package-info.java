/** The linked result views: each shows the selected run and listens on the link bus. */
package org.neurocircuit.ui.views;
