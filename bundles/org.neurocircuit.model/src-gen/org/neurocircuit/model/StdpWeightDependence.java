/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Stdp Weight Dependence</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Weight dependence of pair-based STDP: additive (updates independent of w, hard bounds) or multiplicative (soft bounds).
 * <!-- end-model-doc -->
 * @see org.neurocircuit.model.ModelPackage#getStdpWeightDependence()
 * @model
 * @generated
 */
public enum StdpWeightDependence implements Enumerator {
	/**
	 * The '<em><b>Additive</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADDITIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ADDITIVE(0, "additive", "additive"),

	/**
	 * The '<em><b>Multiplicative</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTIPLICATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	MULTIPLICATIVE(1, "multiplicative", "multiplicative");

	/**
	 * The '<em><b>Additive</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADDITIVE
	 * @model name="additive"
	 * @generated
	 * @ordered
	 */
	public static final int ADDITIVE_VALUE = 0;

	/**
	 * The '<em><b>Multiplicative</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTIPLICATIVE
	 * @model name="multiplicative"
	 * @generated
	 * @ordered
	 */
	public static final int MULTIPLICATIVE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Stdp Weight Dependence</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StdpWeightDependence[] VALUES_ARRAY =
		new StdpWeightDependence[] {
			ADDITIVE,
			MULTIPLICATIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Stdp Weight Dependence</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StdpWeightDependence> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stdp Weight Dependence</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StdpWeightDependence get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StdpWeightDependence result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stdp Weight Dependence</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StdpWeightDependence getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StdpWeightDependence result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stdp Weight Dependence</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StdpWeightDependence get(int value) {
		switch (value) {
			case ADDITIVE_VALUE: return ADDITIVE;
			case MULTIPLICATIVE_VALUE: return MULTIPLICATIVE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private StdpWeightDependence(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //StdpWeightDependence
