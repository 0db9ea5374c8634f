package org.neurocircuit.model.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A {@code .circuit} file: XMI in UTF-8, references as name-keyed fragment paths, no schema
 * locations, and a parser that refuses DOCTYPE declarations and never loads external entities or
 * DTDs. An unknown namespace is an error, never a location to fetch a package from. (The JAXP names
 * are spelled out so that the bundle needs no import of {@code javax.xml}.) {@link CircuitFiles}
 * adds a resource set that can open nothing but the file itself.
 */
public class CircuitResource extends XMIResourceImpl {

  public CircuitResource(URI uri) {
    super(uri);
    Map<Object, Object> save = getDefaultSaveOptions();
    save.put(XMLResource.OPTION_ENCODING, "UTF-8");
    save.put(XMLResource.OPTION_LINE_WIDTH, 100);
    save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
    save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

    Map<Object, Object> load = getDefaultLoadOptions();
    load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
    load.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
    load.put(XMLResource.OPTION_PARSER_FEATURES, secureParserFeatures());
    load.put(XMLResource.OPTION_PARSER_PROPERTIES, secureParserProperties());
  }

  /** SAX features that turn off DOCTYPE, external entities and external DTDs. */
  public static Map<String, Boolean> secureParserFeatures() {
    Map<String, Boolean> features = new HashMap<>();
    features.put("http://javax.xml.XMLConstants/feature/secure-processing", Boolean.TRUE);
    features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
    features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
    features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
    features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
    return features;
  }

  /** SAX properties that forbid access to external DTDs and schemas. */
  public static Map<String, Object> secureParserProperties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("http://javax.xml.XMLConstants/property/accessExternalDTD", "");
    properties.put("http://javax.xml.XMLConstants/property/accessExternalSchema", "");
    return properties;
  }
}
