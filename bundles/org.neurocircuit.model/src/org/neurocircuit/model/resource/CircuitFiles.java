package org.neurocircuit.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.validation.CircuitValidation;
import org.neurocircuit.model.validation.Subjects;

/**
 * Safe loading and atomic saving of {@code .circuit} files, without UI.
 *
 * <p>{@link #load} never throws: a corrupt, truncated or hostile file ends in a {@link LoadResult}
 * with problems that say what and where (file, line, column when the parser knows them). It reads
 * with the hardened parser of {@link CircuitResource} (no DOCTYPE, hence no entities of any kind),
 * knows only the circuit package (no other classes can be instantiated), and can open no URI but the
 * file itself ({@link ConfinedURIConverter}). Unknown attributes and elements are errors that name
 * them, not silently dropped: saving such a file would lose their content. A file is refused if it
 * does not hold exactly one {@code Circuit}, or if it refers to elements in other files.
 *
 * <p>Loading checks the file; whether the circuit makes sense is {@link CircuitValidation}'s job.
 */
public final class CircuitFiles {

  /** At most this many problems are listed; the last one says how many more there were. */
  static final int MAX_PROBLEMS = 50;

  private CircuitFiles() {
  }

  /** Loads a local file. */
  public static LoadResult load(Path file) {
    Path absolute = file.toAbsolutePath();
    try {
      if (Files.isRegularFile(absolute) && Files.size(absolute) == 0) {
        return new LoadResult(null, List.of(new LoadProblem(Diagnostic.ERROR, absolute.toString(), 0, 0,
            "the file is empty; a .circuit file holds one Circuit element")));
      }
    } catch (IOException e) {
      // Unreadable: the load below reports it.
    }
    return load(URI.createFileURI(absolute.toString()));
  }

  /** Loads the file at {@code uri} (a file or platform URI); only that URI is ever opened. */
  public static LoadResult load(URI uri) {
    CircuitValidation.register();
    String file = uri.isFile() ? uri.toFileString() : uri.toString();
    Resource resource = newResourceSet(uri).createResource(uri);
    List<LoadProblem> problems = new ArrayList<>();
    try {
      resource.load(null);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      if (resource.getErrors().isEmpty()) {
        problems.add(LoadProblems.of(e, file));
      }
    }
    resource.getErrors().forEach(d -> problems.add(LoadProblems.of(d, Diagnostic.ERROR, file)));
    resource.getWarnings().forEach(d -> problems.add(LoadProblems.of(d, Diagnostic.WARNING, file)));
    Circuit circuit = errors(problems) ? null : circuit(resource, file, problems);
    if (circuit == null) {
      resource.unload();
    }
    return new LoadResult(circuit, limit(problems));
  }

  /**
   * Saves a copy of {@code circuit} to {@code file} atomically (temporary file, then a move), so a
   * failed save leaves the old file intact. The circuit itself is not moved out of its resource.
   *
   * @throws IOException if the file cannot be written, or the circuit refers to elements outside itself
   */
  public static void save(Circuit circuit, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    CircuitResource resource = new CircuitResource(URI.createFileURI(absolute.toString()));
    resource.getContents().add(EcoreUtil.copy(circuit));
    AtomicWrite.write(absolute, out -> {
      try {
        resource.save(out, null);
      } catch (Resource.IOWrappedException e) {
        if (e.getCause() instanceof DanglingHREFException dangling) {
          throw new IOException("cannot save " + absolute.getFileName() + ": the circuit refers to elements outside "
              + "itself (" + dangling.getMessage() + "); fix the references (see validation)", e);
        }
        throw e;
      }
    });
  }

  /**
   * A resource set for circuit files that knows only the circuit package and can open only
   * {@code allowed}. The editor uses it too, so that resolving a proxy never reaches another file.
   */
  public static ResourceSet newResourceSet(URI allowed) {
    ResourceSet resourceSet = new ResourceSetImpl();
    EPackageRegistryImpl packages = new EPackageRegistryImpl();
    packages.put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
    resourceSet.setPackageRegistry(packages);
    resourceSet.setURIConverter(new ConfinedURIConverter(allowed));
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
        new CircuitResourceFactory());
    return resourceSet;
  }

  /** The single root, if it is a circuit and refers to nothing outside the file; else null with a problem. */
  private static Circuit circuit(Resource resource, String file, List<LoadProblem> problems) {
    List<EObject> roots = resource.getContents();
    if (roots.size() != 1 || !(roots.get(0) instanceof Circuit circuit)) {
      String found = roots.isEmpty() ? "nothing" : roots.size() > 1 ? roots.size() + " root elements"
          : "a " + roots.get(0).eClass().getName();
      problems.add(new LoadProblem(Diagnostic.ERROR, file, 0, 0, "the file holds " + found
          + ", but a .circuit file holds exactly one Circuit"));
      return null;
    }
    int before = problems.size();
    for (Iterator<EObject> it = EcoreUtil.getAllProperContents(resource, false); it.hasNext();) {
      externalReferences(it.next(), resource, file, problems);
    }
    return problems.size() == before ? circuit : null;
  }

  /** Proxies and references into other resources: a circuit file stands alone. */
  private static void externalReferences(EObject object, Resource resource, String file, List<LoadProblem> problems) {
    for (EReference reference : object.eClass().getEAllReferences()) {
      if (reference.isContainer() || reference.isDerived() || reference.isTransient()) {
        continue;
      }
      Object value = object.eGet(reference, false);
      for (Object target : reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value)) {
        if (target instanceof InternalEObject internal && (internal.eIsProxy() || internal.eResource() != resource)) {
          URI uri = internal.eProxyURI();
          problems.add(new LoadProblem(Diagnostic.ERROR, file, 0, 0, Subjects.describe(object) + ": " + reference.getName()
              + " refers to " + LoadProblems.quote(uri == null ? "an element of another file" : uri.toString())
              + ", outside this file; references must name elements of the same file"));
          return;
        }
      }
    }
  }

  private static boolean errors(List<LoadProblem> problems) {
    return problems.stream().anyMatch(p -> p.severity() >= Diagnostic.ERROR);
  }

  private static List<LoadProblem> limit(List<LoadProblem> problems) {
    if (problems.size() <= MAX_PROBLEMS) {
      return problems;
    }
    List<LoadProblem> limited = new ArrayList<>(problems.subList(0, MAX_PROBLEMS - 1));
    LoadProblem last = problems.get(MAX_PROBLEMS - 1);
    limited.add(new LoadProblem(last.severity(), last.file(), 0, 0, "and " + (problems.size() - MAX_PROBLEMS + 1)
        + " more problems"));
    return limited;
  }
}
