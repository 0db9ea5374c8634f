/**
 * Tests of the circuit validator (in the package they test, a fragment of the model bundle): each
 * rule has failing and passing cases ({@code RuleCase}) that mutate the valid test circuit and assert
 * the check, severity, offending object, feature and a message that names the element and the fix;
 * plus the API (registration, one-line formatting, robustness on half-built circuits).
 */
package org.neurocircuit.model.validation;
