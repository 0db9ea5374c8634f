package org.neurocircuit.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * A URI converter that opens exactly one URI, the circuit file, and refuses every other: whatever a
 * file says (references into other files, schema locations, package namespaces, proxies resolved
 * later by a caller), loading it never reads another file and never touches the network.
 */
final class ConfinedURIConverter extends ExtensibleURIConverterImpl {

  private final URI allowed;

  ConfinedURIConverter(URI allowed) {
    this.allowed = allowed;
  }

  @Override
  public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
    return super.createInputStream(check(uri), options);
  }

  @Override
  public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
    return super.createOutputStream(check(uri), options);
  }

  @Override
  public boolean exists(URI uri, Map<?, ?> options) {
    return allowed.equals(uri) && super.exists(uri, options);
  }

  private URI check(URI uri) throws IOException {
    if (!allowed.equals(uri)) {
      throw new IOException("refused to open '" + uri + "': a circuit file may not pull in other files or URLs");
    }
    return uri;
  }
}
