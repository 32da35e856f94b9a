package org.hesstrucks.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hesstrucks.core.Spi;
import org.hesstrucks.linesearch.BacktrackingConfig;
import org.hesstrucks.linesearch.BacktrackingLineSearch;
import org.hesstrucks.linesearch.BacktrackingLineSearchPlugin;
import org.hesstrucks.linesearch.LineSearchPlugin;
import org.hesstrucks.linesearch.StrongWolfeLineSearchPlugin;
import org.hesstrucks.plugin.fixture.FixtureSearchPlugin;
import org.hesstrucks.plugin.fixture.NotKebabPlugin;
import org.hesstrucks.plugin.fixture.TwinSearchPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginCatalogTest {
  private static final String FIXTURE = FixtureSearchPlugin.class.getName();
  private static final String DESCRIPTOR_PATH = "org/hesstrucks/plugin/fixture/plugin.properties";

  @TempDir
  Path temp;

  private final List<URLClassLoader> loaders = new ArrayList<>();

  @AfterEach
  void closeLoaders() throws IOException {
    for (URLClassLoader loader : loaders) {
      loader.close();
    }
  }

  private PluginFolder folder(String name) throws IOException {
    return new PluginFolder(Files.createDirectories(temp.resolve(name)));
  }

  private PluginSource source(PluginFolder folder, String label) {
    URLClassLoader loader = folder.loader();
    loaders.add(loader);
    return new PluginSource(label, loader, true);
  }

  private static String coreLocation() {
    return PluginDescriptor.locationOf(BacktrackingLineSearchPlugin.class);
  }

  @Test
  @DisplayName("the class path holds core's own line searches, 'backtracking' and 'strong-wolfe', described with the core version")
  void classPathHoldsBacktracking() {
    PluginCatalog catalog = PluginCatalog.discoverClassPath();
    assertEquals(Set.of("backtracking", "strong-wolfe"), catalog.all(PluginKind.LINE_SEARCH).keySet());
    LoadedPlugin<LineSearchPlugin<?>> loaded = catalog.lineSearch("backtracking");
    assertInstanceOf(BacktrackingLineSearchPlugin.class, loaded.plugin());
    assertEquals("backtracking", loaded.id());
    assertSame(PluginKind.LINE_SEARCH, loaded.kind());
    assertEquals("class path", loaded.source());
    assertEquals(new PluginDescriptor("hesstrucks-core", Spi.coreVersion(), Spi.coreVersion(), coreLocation()),
        loaded.descriptor());
    assertEquals(Spi.coreVersion(), loaded.version());
    assertEquals(Spi.MAJOR_VERSION, loaded.descriptor().spiMajor());
    assertEquals(Map.of("line-search:backtracking", Spi.coreVersion(), "line-search:strong-wolfe", Spi.coreVersion()),
        catalog.versions());
    assertEquals(2, catalog.all().size());
    for (PluginKind kind : List.of(PluginKind.OPTIMIZER, PluginKind.MODEL, PluginKind.DATASET, PluginKind.PROBE)) {
      assertTrue(catalog.all(kind).isEmpty(), kind.label());
    }
  }

  @Test
  @DisplayName("an unknown id names the known ids and the closest one")
  void unknownIdMessage() {
    PluginCatalog catalog = PluginCatalog.discoverClassPath();
    PluginException e = assertThrows(PluginException.class, () -> catalog.lineSearch("backtraking"));
    assertEquals("unknown line-search 'backtraking'; known: backtracking, strong-wolfe (did you mean 'backtracking'?)",
        e.getMessage());
    assertEquals("unknown line-search 'armijo'; known: backtracking, strong-wolfe",
        assertThrows(PluginException.class, () -> catalog.lineSearch("armijo")).getMessage());
    assertEquals("unknown optimizer 'gd'; known: (none)",
        assertThrows(PluginException.class, () -> catalog.optimizer("gd")).getMessage());
    assertEquals("unknown model 'mlp'; known: (none)",
        assertThrows(PluginException.class, () -> catalog.model("mlp")).getMessage());
    assertEquals("unknown dataset 'idx'; known: (none)",
        assertThrows(PluginException.class, () -> catalog.dataset("idx")).getMessage());
    assertEquals("unknown probe 'trace'; known: (none)",
        assertThrows(PluginException.class, () -> catalog.probe("trace")).getMessage());
  }

  @Test
  @DisplayName("editDistance is the optimal string alignment distance (an adjacent swap costs 1)")
  void editDistance() {
    assertEquals(1, PluginCatalog.editDistance("lbgfs", "lbfgs"));
    assertEquals(0, PluginCatalog.editDistance("lbfgs", "lbfgs"));
    assertEquals(3, PluginCatalog.editDistance("", "abc"));
    assertEquals(3, PluginCatalog.editDistance("abc", ""));
    assertEquals(3, PluginCatalog.editDistance("kitten", "sitting"));
    assertEquals(1, PluginCatalog.editDistance("gd", "sgd"));
    assertEquals(1, PluginCatalog.editDistance("newtoncg", "newton-cg"));
    assertEquals(1, PluginCatalog.editDistance("backtraking", "backtracking"));
    assertEquals(1, PluginCatalog.editDistance("ab", "ba"));
    // Optimal string alignment does not edit a substring twice: "ca" → "abc" is 3, not Damerau's 2.
    assertEquals(3, PluginCatalog.editDistance("ca", "abc"));
    assertEquals(PluginCatalog.editDistance("sgd", "adam"), PluginCatalog.editDistance("adam", "sgd"));
  }

  @Test
  @DisplayName("closest suggests only ids within distance 2, the nearest first")
  void closest() {
    List<String> known = List.of("gd", "lbfgs", "newton-cg");
    assertEquals("lbfgs", PluginCatalog.closest("lbgfs", known));
    assertEquals("lbfgs", PluginCatalog.closest("lbfgsx", known));
    assertEquals("newton-cg", PluginCatalog.closest("newtoncg", known));
    assertEquals("gd", PluginCatalog.closest("sgd", known));
    assertNull(PluginCatalog.closest("adam", known));
    assertNull(PluginCatalog.closest("anything", List.of()));
  }

  @Test
  @DisplayName("ids must be kebab-case: lower-case words of letters and digits joined by single hyphens")
  void idPattern() {
    for (String good : List.of("gd", "lbfgs", "newton-cg", "central-difference", "adam2", "a1-b2")) {
      assertTrue(PluginCatalog.ID_PATTERN.matcher(good).matches(), good);
    }
    for (String bad : List.of("", "Newton", "newton_cg", "-a", "a-", "a--b", "1a", "a b", "a.b")) {
      assertFalse(PluginCatalog.ID_PATTERN.matcher(bad).matches(), bad);
    }
  }

  @Test
  @DisplayName("without ownClassesOnly a folder's loader re-finds the class path's plugins: reported as duplicates")
  void parentProvidersAreDuplicatesWithoutFilter() throws IOException {
    URLClassLoader plain = new URLClassLoader(new URL[] {folder("empty").root().toUri().toURL()},
        PluginCatalogTest.class.getClassLoader());
    loaders.add(plain);
    PluginException e = assertThrows(PluginException.class, () -> PluginCatalog.discover(
        List.of(PluginSource.classPath(), new PluginSource("plugins/empty", plain, false))));
    String core = BacktrackingLineSearchPlugin.class.getName() + " (" + coreLocation() + ")";
    String wolfe = StrongWolfeLineSearchPlugin.class.getName() + " (" + coreLocation() + ")";
    assertEquals("2 plugin problems:\n  two line-search plugins have the id 'backtracking': " + core + " and " + core
        + "; remove one of them\n  two line-search plugins have the id 'strong-wolfe': " + wolfe + " and " + wolfe
        + "; remove one of them", e.getMessage());
  }

  @Test
  @DisplayName("with ownClassesOnly the folder's source skips its parent's providers: no duplicate")
  void ownClassesOnlyFiltersParentProviders() throws IOException {
    URLClassLoader plain = new URLClassLoader(new URL[] {folder("empty").root().toUri().toURL()},
        PluginCatalogTest.class.getClassLoader());
    loaders.add(plain);
    PluginCatalog catalog = PluginCatalog.discover(
        List.of(PluginSource.classPath(), new PluginSource("plugins/empty", plain, true)));
    assertEquals(Set.of("backtracking", "strong-wolfe"), catalog.all(PluginKind.LINE_SEARCH).keySet());
    assertEquals("class path", catalog.lineSearch("backtracking").source());
  }

  @Test
  @DisplayName("a plugin folder's own plugin is found next to the class path's, with its descriptor and location")
  void folderPluginLoads() throws IOException {
    PluginFolder a = folder("a").withPlugin(FixtureSearchPlugin.class).withDescriptor(
        PluginFolder.descriptor(Spi.coreVersion()));
    PluginCatalog catalog = PluginCatalog.discover(List.of(PluginSource.classPath(), source(a, "plugins/a")));
    assertEquals(List.of("backtracking", "fixture-search", "strong-wolfe"),
        new ArrayList<>(catalog.all(PluginKind.LINE_SEARCH).keySet()));
    LoadedPlugin<LineSearchPlugin<?>> loaded = catalog.lineSearch("fixture-search");
    assertEquals("plugins/a", loaded.source());
    assertEquals(new PluginDescriptor("hesstrucks-line-search-fixture", "3.1.4", Spi.coreVersion(),
        a.root().toString()), loaded.descriptor());
    assertEquals(FIXTURE, loaded.plugin().getClass().getName());
    assertNotSame(FixtureSearchPlugin.class, loaded.plugin().getClass(), "loaded by the folder's own loader");
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("line-search:backtracking", Spi.coreVersion());
    versions.put("line-search:fixture-search", "3.1.4");
    versions.put("line-search:strong-wolfe", Spi.coreVersion());
    assertEquals(versions, catalog.versions());
    assertEquals(List.copyOf(versions.keySet()), List.copyOf(catalog.versions().keySet()));
    assertInstanceOf(BacktrackingLineSearch.class,
        createWithDefaults(loaded.plugin()));
  }

  @SuppressWarnings("unchecked")
  private static Object createWithDefaults(LineSearchPlugin<?> plugin) {
    return ((LineSearchPlugin<BacktrackingConfig>) plugin).create(BacktrackingConfig.defaults());
  }

  @Test
  @DisplayName("two plugins with one id are refused, naming both classes and both locations")
  void duplicateIdsNameBothPlugins() throws IOException {
    String descriptor = PluginFolder.descriptor(Spi.coreVersion());
    PluginFolder a = folder("a").withPlugin(FixtureSearchPlugin.class).withDescriptor(descriptor);
    PluginFolder b = folder("b").withPlugin(TwinSearchPlugin.class).withDescriptor(descriptor);
    PluginException e = assertThrows(PluginException.class, () -> PluginCatalog.discover(
        List.of(PluginSource.classPath(), source(a, "plugins/a"), source(b, "plugins/b"))));
    assertEquals("two line-search plugins have the id 'fixture-search': " + FIXTURE + " (" + a.root() + ") and "
        + TwinSearchPlugin.class.getName() + " (" + b.root() + "); remove one of them", e.getMessage());
  }

  @Test
  @DisplayName("a plugin built against core 2.0.0 is refused: class, 'SPI 2', 'rebuild it against core 1.x'")
  void otherSpiMajorRefused() throws IOException {
    PluginFolder a = folder("a").withPlugin(FixtureSearchPlugin.class).withDescriptor(PluginFolder.descriptor("2.0.0"));
    PluginException e = assertThrows(PluginException.class,
        () -> PluginCatalog.discover(List.of(PluginSource.classPath(), source(a, "plugins/a"))));
    assertEquals("line-search plugin " + FIXTURE + " (" + a.root() + ") was built against Hess-Trucks core 2.0.0"
        + " (SPI 2), but this is core " + Spi.coreVersion() + " (SPI " + Spi.MAJOR_VERSION
        + "); rebuild it against core " + Spi.MAJOR_VERSION + ".x", e.getMessage());
    assertTrue(e.getMessage().contains("SPI 2"));
    assertTrue(e.getMessage().endsWith("rebuild it against core 1.x"));
  }

  @Test
  @DisplayName("a plugin built against an older minor of this major is accepted")
  void sameMajorOtherMinorAccepted() throws IOException {
    PluginFolder a = folder("a").withPlugin(FixtureSearchPlugin.class)
        .withDescriptor(PluginFolder.descriptor(Spi.MAJOR_VERSION + ".0.0"));
    PluginCatalog catalog = PluginCatalog.discover(List.of(source(a, "plugins/a")));
    assertEquals(Set.of("fixture-search"), catalog.all(PluginKind.LINE_SEARCH).keySet());
  }

  @Test
  @DisplayName("a coreVersion that is not a version is refused, naming the plugin")
  void malformedCoreVersion() throws IOException {
    PluginFolder a = folder("a").withPlugin(FixtureSearchPlugin.class).withDescriptor(PluginFolder.descriptor("next"));
    PluginException e = assertThrows(PluginException.class,
        () -> PluginCatalog.discover(List.of(source(a, "plugins/a"))));
    assertEquals("line-search plugin " + FIXTURE + " (" + a.root() + "): descriptor coreVersion: version 'next'"
        + " does not start with a number", e.getMessage());
  }

  @Test
  @DisplayName("an id that is not kebab-case is refused, naming the class and the id")
  void nonKebabIdRefused() throws IOException {
    PluginFolder a = folder("a").withPlugin(NotKebabPlugin.class)
        .withDescriptor(PluginFolder.descriptor(Spi.coreVersion()));
    PluginException e = assertThrows(PluginException.class,
        () -> PluginCatalog.discover(List.of(source(a, "plugins/a"))));
    assertEquals("line-search plugin " + NotKebabPlugin.class.getName() + " (" + a.root() + "): id 'Fixture_Search'"
        + " is not kebab-case (expected lower-case words joined by '-', like 'newton-cg')", e.getMessage());
  }

  @Test
  @DisplayName("a plugin without plugin.properties is refused, naming the class and the resource path")
  void missingDescriptorRefused() throws IOException {
    PluginFolder a = folder("a").withPlugin(FixtureSearchPlugin.class);
    PluginException e = assertThrows(PluginException.class,
        () -> PluginCatalog.discover(List.of(source(a, "plugins/a"))));
    assertEquals("plugins/a: line-search plugin " + FIXTURE + ": plugin class " + FIXTURE + " (" + a.root()
        + ") has no descriptor " + DESCRIPTOR_PATH + "; add it as a filtered resource (see docs/plugins.md)",
        e.getMessage());
  }

  @Test
  @DisplayName("an unfiltered descriptor (${...} left in) is refused, naming the key and the resource")
  void unfilteredDescriptorRefused() throws IOException {
    PluginFolder a = folder("a").withPlugin(FixtureSearchPlugin.class)
        .withDescriptor(PluginFolder.descriptor("${hesstrucks.core.version}"));
    PluginException e = assertThrows(PluginException.class,
        () -> PluginCatalog.discover(List.of(source(a, "plugins/a"))));
    assertEquals("plugins/a: line-search plugin " + FIXTURE + ": " + DESCRIPTOR_PATH + " in " + a.root()
        + ": 'coreVersion' is unfiltered (${hesstrucks.core.version}); expected a Maven-filtered value"
        + " (see docs/plugins.md)", e.getMessage());
  }

  @Test
  @DisplayName("a descriptor without a version is refused as missing")
  void incompleteDescriptorRefused() throws IOException {
    PluginFolder a = folder("a").withPlugin(FixtureSearchPlugin.class)
        .withDescriptor("artifactId=x\ncoreVersion=" + Spi.coreVersion() + "\nversion= \n");
    PluginException e = assertThrows(PluginException.class,
        () -> PluginCatalog.discover(List.of(source(a, "plugins/a"))));
    assertTrue(e.getMessage().endsWith(DESCRIPTOR_PATH + " in " + a.root() + ": 'version' is missing; expected a"
        + " Maven-filtered value (see docs/plugins.md)"), e.getMessage());
  }

  @Test
  @DisplayName("every problem is reported at once, one per line")
  void allProblemsListed() throws IOException {
    PluginFolder a = folder("a").withPlugin(FixtureSearchPlugin.class).withDescriptor(PluginFolder.descriptor("2.0.0"));
    PluginFolder b = folder("b").withPlugin(NotKebabPlugin.class)
        .withDescriptor(PluginFolder.descriptor(Spi.coreVersion()));
    PluginException e = assertThrows(PluginException.class,
        () -> PluginCatalog.discover(List.of(source(a, "plugins/a"), source(b, "plugins/b"))));
    String[] lines = e.getMessage().split("\n");
    assertEquals(3, lines.length, e.getMessage());
    assertEquals("2 plugin problems:", lines[0]);
    assertTrue(lines[1].startsWith("  line-search plugin " + FIXTURE + " (" + a.root() + ") was built against"),
        lines[1]);
    assertTrue(lines[2].startsWith("  line-search plugin " + NotKebabPlugin.class.getName()), lines[2]);
  }

  @Test
  @DisplayName("PluginKind labels are the kebab-case names used in messages")
  void kindLabels() {
    assertEquals("line-search", PluginKind.LINE_SEARCH.label());
    assertEquals("line-search", PluginKind.LINE_SEARCH.toString());
    assertSame(LineSearchPlugin.class, PluginKind.LINE_SEARCH.spi());
    assertEquals("optimizer", PluginKind.OPTIMIZER.label());
  }
}
