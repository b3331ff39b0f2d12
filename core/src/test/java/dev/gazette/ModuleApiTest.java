package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core's compiled {@code module-info}: the packages it exports are the API packages and no others,
 * the API package holds exactly the public types the README's Java API table names, and no public
 * member of an exported type names a type the module does not export (an app could not use it).
 * The tests run on the class path, so this reads the descriptor the compiler wrote.
 */
class ModuleApiTest {
  private static final Set<String> EXPORTED = Set.of("dev.gazette", "dev.gazette.eval");
  private static final Set<String> API_TYPES = Set.of(
      "Gazette", "GazetteConfig", "SearchRequest", "SearchResult", "Filter", "Article", "ArticleReader",
      "FieldMapping", "SourceFormat", "IngestReport", "Suggestion", "IndexStats", "IndexGauges",
      "OpenSearchTarget", "Embedder", "SemanticSearch", "EmbeddingProgress",
      "GazetteException", "InvalidRequestException", "UnsupportedFeatureException", "ClosedIndexException");

  private static final Path CLASSES = classes();
  private static final ModuleDescriptor MODULE = descriptor();

  @Test
  void theModuleExportsTheApiPackagesOnly() {
    assertEquals("dev.gazette.core", MODULE.name());
    assertEquals(EXPORTED, MODULE.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    MODULE.exports().forEach(export -> assertEquals(Set.of(), export.targets(), export.source() + " is exported to everyone"));
  }

  @Test
  void theModuleOpensItsAnalysisResourcesToLuceneOnly() {
    assertEquals(Set.of("dev.gazette.analysis -> [org.apache.lucene.core]"), MODULE.opens().stream()
        .map(opens -> opens.source() + " -> " + opens.targets()).collect(Collectors.toSet()));
  }

  @Test
  void theModuleRequiresLuceneGsonAndTheHttpClient() {
    Set<String> required = MODULE.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertEquals(Set.of("java.base", "java.net.http", "com.google.gson", "org.apache.lucene.core",
        "org.apache.lucene.analysis.common", "org.apache.lucene.backward_codecs", "org.apache.lucene.facet",
        "org.apache.lucene.highlighter", "org.apache.lucene.queries", "org.apache.lucene.suggest"), required);
  }

  @Test
  void theApiPackageHoldsTheApiTypes() throws IOException {
    Set<String> publicTypes = new TreeSet<>();
    for (Class<?> type : topLevelTypes("dev.gazette")) {
      if (Modifier.isPublic(type.getModifiers())) {
        publicTypes.add(type.getSimpleName());
      }
    }
    assertEquals(new TreeSet<>(API_TYPES), publicTypes, "the public types of dev.gazette (update README's Java API table too)");
  }

  @Test
  void noPublicMemberOfAnExportedTypeNamesAnInternalType() throws IOException {
    Set<String> leaks = new TreeSet<>();
    for (String pkg : EXPORTED) {
      for (Class<?> type : topLevelTypes(pkg)) {
        exportedTypes(type).forEach(exported -> signatureTypes(exported).stream()
            .filter(used -> !isVisibleToApps(used))
            .forEach(used -> leaks.add(exported.getName() + " names " + used.getName())));
      }
    }
    assertEquals(Set.of(), leaks, "public signatures of exported types naming types no app can use");
  }

  /** {@code type} and the public types nested in it, when it is public itself. */
  private static List<Class<?>> exportedTypes(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return List.of();
    }
    List<Class<?>> types = new ArrayList<>(List.of(type));
    for (Class<?> nested : type.getDeclaredClasses()) {
      types.addAll(exportedTypes(nested));
    }
    return types;
  }

  /** Every type {@code type}'s public and protected members, supertypes and permitted subtypes name. */
  private static Set<Class<?>> signatureTypes(Class<?> type) {
    List<Type> named = new ArrayList<>();
    named.add(type.getGenericSuperclass());
    named.addAll(Arrays.asList(type.getGenericInterfaces()));
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
        named.add(method.getGenericReturnType());
        addParameters(method, named);
      }
    }
    for (Executable constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers())) {
        addParameters(constructor, named);
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers()) && !field.isSynthetic()) {
        named.add(field.getGenericType());
      }
    }
    Set<Class<?>> classes = new HashSet<>();
    named.forEach(t -> collect(t, classes));
    return classes;
  }

  private static void addParameters(Executable executable, List<Type> named) {
    named.addAll(Arrays.asList(executable.getGenericParameterTypes()));
    named.addAll(Arrays.asList(executable.getGenericExceptionTypes()));
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The classes {@code type} names, type arguments and bounds included. */
  private static void collect(Type type, Set<Class<?>> classes) {
    switch (type) {
      case null -> { }
      case Class<?> c when c.isArray() -> collect(c.getComponentType(), classes);
      case Class<?> c -> classes.add(c);
      case ParameterizedType p -> {
        collect(p.getRawType(), classes);
        Arrays.stream(p.getActualTypeArguments()).forEach(arg -> collect(arg, classes));
      }
      case WildcardType w -> Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
          .forEach(bound -> collect(bound, classes));
      case GenericArrayType a -> collect(a.getGenericComponentType(), classes);
      case TypeVariable<?> v -> { }
      default -> throw new AssertionError("unexpected type " + type);
    }
  }

  /** Primitives, the JDK's {@code java.*} types and the types of an exported package. */
  private static boolean isVisibleToApps(Class<?> type) {
    String pkg = type.getPackageName();
    return type.isPrimitive() || pkg.startsWith("java.") || (EXPORTED.contains(pkg) && isPublicAllTheWay(type));
  }

  private static boolean isPublicAllTheWay(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The top-level classes the compiler wrote for package {@code pkg}. */
  private static List<Class<?>> topLevelTypes(String pkg) throws IOException {
    try (Stream<Path> files = Files.list(CLASSES.resolve(pkg.replace('.', '/')))) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class"))
          .sorted()
          .map(name -> load(pkg + "." + name.substring(0, name.length() - ".class".length())))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ModuleApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Path classes() {
    try {
      return Path.of(Gazette.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static ModuleDescriptor descriptor() {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new AssertionError("core is compiled with a module-info", e);
    }
  }
}
