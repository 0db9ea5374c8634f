/** Tests of the CSV layouts for data recorded elsewhere, and of their error messages. */
package org.neurocircuit.decode.csv;
