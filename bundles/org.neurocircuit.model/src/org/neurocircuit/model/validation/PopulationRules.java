package org.neurocircuit.model.validation;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.SpatialLayout;

/** Populations and what they contain besides the neuron model: size, colour, initial values, layout. */
final class PopulationRules {

  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

  private PopulationRules() {
  }

  static void population(Population population, Report report) {
    if (population.getSize() < 1) {
      report.error(Check.SIZE_POSITIVE, population, Literals.POPULATION__SIZE, "size is " + population.getSize(),
          "set a size of at least 1 neuron");
    }
    color(population, Literals.POPULATION__COLOR, population.getColor(), report);
  }

  static void region(Region region, Report report) {
    color(region, Literals.REGION__COLOR, region.getColor(), report);
  }

  /** Colours are optional; a malformed one falls back to the default, hence a warning. */
  private static void color(EObject owner, EAttribute feature, String color, Report report) {
    if (color != null && !color.isEmpty() && !COLOR.matcher(color).matches()) {
      report.warning(Check.COLOR_FORMAT, owner, feature, "colour " + Subjects.quote(color) + " is not of the form #RRGGBB",
          "use e.g. '#3366CC', or leave it empty for the default");
    }
  }

  static void initialValue(InitialValue initial, Report report) {
    Population population = Subjects.populationOf(initial);
    String variable = initial.getVariable();
    if (population == null || population.getNeuronModel() == null) {
      return;
    }
    List<String> known = NeuronFacts.stateVariables(population.getNeuronModel());
    if (variable == null || !known.contains(variable)) {
      report.error(Check.INITIAL_VALUE, initial, Literals.INITIAL_VALUE__VARIABLE, Subjects.quote(variable)
          + " is not a state variable of " + NeuronFacts.describe(population.getNeuronModel()),
          known.isEmpty() ? "delete it: this model has no state to initialise" : "use one of " + String.join(", ", known));
      return;
    }
    for (InitialValue other : population.getInitialValues()) {
      if (other != initial && variable.equals(other.getVariable())) {
        report.error(Check.INITIAL_VALUE, initial, Literals.INITIAL_VALUE__VARIABLE, Subjects.quote(variable)
            + " is initialised twice", "delete one of the two initial values", other);
        return;
      }
    }
  }

  static void layout(SpatialLayout layout, Report report) {
    if (layout instanceof GridLayout grid) {
      grid(grid, report);
    } else if (layout instanceof RandomBoxLayout box) {
      Numbers.nonNegative(report, Check.LAYOUT, box, Literals.RANDOM_BOX_LAYOUT__EXTENT_X);
      Numbers.nonNegative(report, Check.LAYOUT, box, Literals.RANDOM_BOX_LAYOUT__EXTENT_Y);
      Numbers.nonNegative(report, Check.LAYOUT, box, Literals.RANDOM_BOX_LAYOUT__EXTENT_Z);
    }
  }

  /** A grid holds its population row by row: fewer places than neurons is an error, empty places a warning. */
  private static void grid(GridLayout grid, Report report) {
    Numbers.positive(report, Check.LAYOUT, grid, Literals.GRID_LAYOUT__SPACING);
    if (grid.getRows() < 1 || grid.getColumns() < 1) {
      EAttribute feature = grid.getRows() < 1 ? Literals.GRID_LAYOUT__ROWS : Literals.GRID_LAYOUT__COLUMNS;
      report.error(Check.LAYOUT, grid, feature, "the grid has " + grid.getRows() + " rows and " + grid.getColumns()
          + " columns", "give it at least 1 row and 1 column");
      return;
    }
    Population population = Subjects.populationOf(grid);
    long places = (long) grid.getRows() * grid.getColumns();
    if (population == null || population.getSize() < 1 || places == population.getSize()) {
      return;
    }
    String problem = "the " + grid.getRows() + "\u00d7" + grid.getColumns() + " grid has " + places + " places for "
        + population.getSize() + " neurons";
    String fix = "make rows \u00d7 columns equal the population size";
    if (places < population.getSize()) {
      report.error(Check.LAYOUT, grid, Literals.GRID_LAYOUT__ROWS, problem, fix);
    } else {
      report.warning(Check.LAYOUT, grid, Literals.GRID_LAYOUT__ROWS, problem + " (the last places stay empty)", fix);
    }
  }
}
