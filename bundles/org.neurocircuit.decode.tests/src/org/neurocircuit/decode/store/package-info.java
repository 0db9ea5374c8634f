/** Tests of the JSON text written to result.json and read back. */
package org.neurocircuit.decode.store;
