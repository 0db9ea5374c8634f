package org.neurocircuit.releng.emfgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of NeuroCircuit without a running Eclipse.
 *
 * <p>Steps: (1) reload the genmodel from the ecore, keeping every setting of the committed genmodel
 * (what Eclipse's "Reload..." does), and save it back, so that new classes and features get their
 * generator entries; (2) generate the model and edit code into an empty scratch workspace, so that no
 * merging (JMerge, JDT) and no formatting is involved; (3) replace {@code src-gen/} of both bundles with
 * the fresh code, replace the edit bundle's generated {@code plugin.properties}, and add generated icons
 * that are missing (existing icons are kept, so they can be redrawn). MANIFEST.MF, plugin.xml and
 * build.properties of the bundles are hand-written and never touched.
 *
 * <p>Argument: the checkout root (default: the current directory).
 */
public final class Regenerate {

  static final String MODEL_ID = "org.neurocircuit.model";
  static final String EDIT_ID = "org.neurocircuit.model.edit";

  private Regenerate() {
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path modelBundle = root.resolve("bundles").resolve(MODEL_ID);
    Path editBundle = root.resolve("bundles").resolve(EDIT_ID);
    Path genmodelFile = modelBundle.resolve("model/neurocircuit.genmodel");
    if (!Files.isRegularFile(genmodelFile)) {
      fail("no genmodel at " + genmodelFile + " (pass the checkout root as the first argument)");
    }

    GenModel genModel = reload(genmodelFile);

    Path scratch = Files.createTempDirectory("nc-emfgen");
    try {
      Path scratchModel = Files.createDirectories(scratch.resolve(MODEL_ID));
      Path scratchEdit = Files.createDirectories(scratch.resolve(EDIT_ID));
      Map<String, URI> platform = EcorePlugin.getPlatformResourceMap();
      platform.put(MODEL_ID, URI.createFileURI(scratchModel + "/"));
      platform.put(EDIT_ID, URI.createFileURI(scratchEdit + "/"));

      generate(genModel);

      replaceTree(scratchModel.resolve("src-gen"), modelBundle.resolve("src-gen"));
      replaceTree(scratchEdit.resolve("src-gen"), editBundle.resolve("src-gen"));
      copyPluginProperties(scratchEdit.resolve("plugin.properties"), editBundle.resolve("plugin.properties"));
      addMissing(scratchEdit.resolve("icons"), editBundle.resolve("icons"));
    } finally {
      deleteTree(scratch);
    }
    System.out.println("emfgen: regenerated " + root.relativize(modelBundle.resolve("src-gen")) + " and "
        + root.relativize(editBundle.resolve("src-gen")) + " from " + root.relativize(genmodelFile));
  }

  /** Rebuilds the genmodel from its ecore, keeping the old settings, saves and returns it. */
  static GenModel reload(Path genmodelFile) throws IOException {
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    URI genmodelUri = URI.createFileURI(genmodelFile.toString());
    Resource oldResource = resourceSet.getResource(genmodelUri, true);
    GenModel oldGenModel = (GenModel) oldResource.getContents().get(0);
    List<EPackage> ePackages = oldGenModel.getGenPackages().stream().map(p -> p.getEcorePackage()).toList();
    for (EPackage ePackage : ePackages) {
      if (ePackage == null || ePackage.eIsProxy()) {
        fail("the genmodel's ecore package cannot be loaded");
      }
      check(Diagnostician.INSTANCE.validate(ePackage), "ecore " + ePackage.getName());
    }

    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(ePackages);
    genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
    genModel.reconcile(oldGenModel);
    genModel.setImporterID(oldGenModel.getImporterID());
    describeProperties(genModel);
    oldResource.getContents().set(0, genModel);
    oldResource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
    return genModel;
  }

  /**
   * Uses the documentation of each feature in the ecore as its property description, so the
   * Properties view explains a value in the words of the metamodel.
   */
  static void describeProperties(GenModel genModel) {
    for (GenPackage genPackage : genModel.getGenPackages()) {
      for (GenClass genClass : genPackage.getGenClasses()) {
        for (GenFeature genFeature : genClass.getGenFeatures()) {
          String documentation = EcoreUtil.getDocumentation(genFeature.getEcoreFeature());
          genFeature.setPropertyDescription(documentation == null ? null : documentation.strip());
        }
      }
    }
  }

  static void generate(GenModel genModel) {
    GeneratorAdapterFactory.Descriptor.Registry registry = GeneratorAdapterFactory.Descriptor.Registry.INSTANCE;
    if (registry.getDescriptors(GenModelPackage.eNS_URI).isEmpty()) {
      registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    }
    genModel.reconcile();
    genModel.setCanGenerate(true);
    genModel.setCodeFormatting(false);
    genModel.setUpdateClasspath(false);
    check(genModel.diagnose(), "genmodel");

    Generator generator = new Generator();
    generator.setInput(genModel);
    BasicMonitor monitor = new BasicMonitor();
    check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor), "model code");
    check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor), "edit code");
  }

  static void check(Diagnostic diagnostic, String what) {
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      printDiagnostic(diagnostic, "");
      fail("generation stopped: errors in the " + what);
    }
    if (diagnostic.getSeverity() == Diagnostic.WARNING) {
      printDiagnostic(diagnostic, "");
    }
  }

  static void printDiagnostic(Diagnostic diagnostic, String indent) {
    System.err.println(indent + diagnostic.getMessage());
    for (Diagnostic child : diagnostic.getChildren()) {
      printDiagnostic(child, indent + "  ");
    }
  }

  static void replaceTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      fail("the generator produced no " + from);
    }
    deleteTree(to);
    copyTree(from, to, true);
  }

  /** Copies the generated plugin.properties, naming us as provider instead of the template's example. */
  static void copyPluginProperties(Path from, Path to) throws IOException {
    String text = Files.readString(from, StandardCharsets.ISO_8859_1);
    text = text.replaceFirst("(?m)^providerName = .*$", "providerName = NeuroCircuit");
    Files.writeString(to, text, StandardCharsets.ISO_8859_1);
  }

  static void addMissing(Path from, Path to) throws IOException {
    if (Files.isDirectory(from)) {
      copyTree(from, to, false);
    }
  }

  static void copyTree(Path from, Path to, boolean overwrite) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path target = to.resolve(from.relativize(file).toString());
        if (overwrite || !Files.exists(target)) {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  static void fail(String message) {
    System.err.println("emfgen: " + message);
    System.exit(1);
  }
}
