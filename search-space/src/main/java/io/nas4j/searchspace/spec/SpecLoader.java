package io.nas4j.searchspace.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.nas4j.searchspace.arch.CellOp;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.candidate.CanonicalJson;
import io.nas4j.searchspace.domain.Choice;
import io.nas4j.searchspace.domain.Domain;
import io.nas4j.searchspace.domain.FloatRange;
import io.nas4j.searchspace.domain.IntRange;
import io.nas4j.searchspace.space.ArchitectureSpace;
import io.nas4j.searchspace.space.BlockSpace;
import io.nas4j.searchspace.space.Constraints;
import io.nas4j.searchspace.space.HyperparameterSpace;
import io.nas4j.searchspace.space.StageSpace;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates study specs (YAML, or JSON, which is YAML too). Every problem becomes a
 * {@link SpecException} naming the file, the field and what is wrong; nothing is half-read.
 */
public final class SpecLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern MARK = Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):$");
    private static final Set<String> TOP = Set.of("name", "description", "dataset", "task", "objective",
            "objectives", "seed", "budget", "architecture", "hyperparameters", "constraints", "strategy",
            "evaluator", "pruner", "scheduler");
    private static final Set<String> INT_PARAMS = Set.of("units", "filters", "kernel", "stride", "size", "hidden",
            "layers", "batch_size", "epochs");
    private static final Set<String> FLOAT_PARAMS = Set.of("rate", "learning_rate", "weight_decay", "momentum");

    private SpecLoader() {
    }

    /** Reads a spec file; relative dataset paths are resolved against the file's folder. */
    public static StudySpec load(Path file) throws SpecException {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SpecException(source, "", "file not found");
        } catch (CharacterCodingException e) {
            throw new SpecException(source, "", "not UTF-8 text");
        } catch (IOException e) {
            throw new SpecException(source, "", "cannot read: " + e.getMessage());
        }
        String base = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, source, base, p -> dir.resolve(p).normalize().toString());
    }

    /** Reads spec text; {@code defaultName} names the study when the spec does not. */
    public static StudySpec parse(String text, String source, String defaultName) throws SpecException {
        return parse(text, source, defaultName, p -> p);
    }

    private static StudySpec parse(String text, String source, String defaultName,
            java.util.function.UnaryOperator<String> paths) throws SpecException {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonParseException e) {
            if (e.getOriginalMessage().startsWith("Duplicate field") && e.getProcessor() != null) {
                String field = fieldOf(e.getProcessor().getParsingContext().pathAsPointer().toString());
                throw new SpecException(source, field, "given twice (again at line " + e.getLocation().getLineNr() + ")");
            }
            throw new SpecException(source, "", malformed(e));
        } catch (JsonProcessingException e) {
            throw new SpecException(source, "", malformed(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new SpecException(source, "", "the file is empty");
        }
        try {
            return read(root, defaultName, paths);
        } catch (Bad b) {
            throw new SpecException(source, b.field, b.getMessage());
        }
    }

    /** A problem at a field; turned into a SpecException with the file name. */
    private static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;

        Bad(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /**
     * One line for a YAML syntax error: where the parser gave up, what it found, and where the
     * construct it was reading started. SnakeYAML's message has a block per mark:
     * {@code <text>\n in 'reader', line L, column C:\n <snippet>\n <caret>}; the last one is the problem.
     */
    private static String malformed(JsonProcessingException e) {
        String[] lines = e.getOriginalMessage().split("\n");
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (MARK.matcher(lines[i]).matches()) {
                marks.add(i);
            }
        }
        if (marks.isEmpty()) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            return where + "malformed YAML: " + lines[0].trim();
        }
        int last = marks.get(marks.size() - 1);
        String problem = "";
        for (int i = last - 1; i >= 0 && problem.isEmpty(); i--) {
            problem = lines[i].trim();
        }
        Matcher m = MARK.matcher(lines[last]);
        m.matches();
        String text = "line " + m.group(1) + ", column " + m.group(2) + ": malformed YAML: " + problem;
        if (marks.size() > 1 && lines[0].startsWith("while ")) {
            Matcher c = MARK.matcher(lines[marks.get(0)]);
            c.matches();
            text += " (" + lines[0].trim() + " started at line " + c.group(1) + ", column " + c.group(2) + ")";
        }
        return text;
    }

    /** A field path such as {@code architecture.blocks[0].units} from a JSON pointer. */
    private static String fieldOf(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                sb.append('[').append(name).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(name);
            }
        }
        return sb.toString();
    }

    private static StudySpec read(JsonNode root, String defaultName, java.util.function.UnaryOperator<String> paths) {
        requireObject(root, "");
        unknownKeys(root, "", TOP);
        String name = root.has("name") ? text(root.get("name"), "name") : defaultName;
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,99}")) {
            throw new Bad("name", "'" + name + "' is not a valid study name (letters, digits, '-', '_', '.'; up to 100)");
        }
        Task task = root.has("task") ? guard("task", () -> Task.fromWord(text(root.get("task"), "task")))
                : Task.CLASSIFICATION;
        if (!root.has("dataset")) {
            throw new Bad("dataset", "missing (name a built-in dataset such as iris, or a csv/idx/image_folder)");
        }
        DatasetSpec dataset = dataset(root.get("dataset"), paths);
        List<Objective> objectives = objectives(root, task);
        long seed = root.has("seed") ? longValue(root.get("seed"), "seed") : 42L;
        Budget budget = budget(root.get("budget"));
        if (!root.has("architecture")) {
            throw new Bad("architecture", "missing (declare min_blocks, max_blocks and blocks)");
        }
        ArchitectureSpace arch = architecture(root.get("architecture"));
        HyperparameterSpace hp = hyperparameters(root.get("hyperparameters"));
        Constraints constraints = constraints(root.get("constraints"));
        ComponentSpec strategy = component(root.get("strategy"), "strategy", "random");
        ComponentSpec evaluator = component(root.get("evaluator"), "evaluator", "djl");
        ComponentSpec pruner = root.has("pruner") ? component(root.get("pruner"), "pruner", null) : null;
        ComponentSpec scheduler = root.has("scheduler") ? component(root.get("scheduler"), "scheduler", null) : null;
        ObjectNode normalized = root.deepCopy();
        normalized.put("name", name);
        normalized.set("dataset", CanonicalJson.MAPPER.valueToTree(dataset));
        String json = CanonicalJson.write(CanonicalJson.MAPPER.convertValue(normalized, Object.class));
        return guard("", () -> new StudySpec(name, dataset, task, objectives, seed, budget, arch, hp, constraints,
                strategy, evaluator, pruner, scheduler, json));
    }

    private static DatasetSpec dataset(JsonNode node, java.util.function.UnaryOperator<String> paths) {
        if (node.isTextual()) {
            return guard("dataset", () -> DatasetSpec.builtIn(node.asText()));
        }
        requireObject(node, "dataset");
        try {
            DatasetSpec spec = YAML.treeToValue(node, DatasetSpec.class);
            return spec.withPaths(paths);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) {
                throw fieldMessage(iae.getMessage(), "dataset");
            }
            String field = e instanceof JsonMappingException m ? "dataset" + referencePath(m) : "dataset";
            if (e instanceof UnrecognizedPropertyException u) {
                Set<String> known = new TreeSet<>();
                u.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
                throw new Bad(field, "unknown field" + suggestion(u.getPropertyName(), known) + " (expected one of "
                        + String.join(", ", known) + ")");
            }
            if (e instanceof MismatchedInputException m && m.getTargetType() != null && !field.equals("dataset")) {
                JsonNode value = node.at(pointerOf(m));
                throw new Bad(field, "must be " + expected(m.getTargetType()) + ", got " + kind(value));
            }
            throw new Bad(field, e.getOriginalMessage().split("\n")[0]);
        }
    }

    /** {@code .augmentation.shift} for the reference chain of a mapping error. */
    private static String referencePath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
        }
        return sb.toString();
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a word or path";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping (key: value lines)";
    }

    /** Splits "field: message" produced by validating constructors. */
    private static Bad fieldMessage(String message, String fallbackField) {
        int colon = message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches("[a-z_.\\[\\]0-9]+")) {
            return new Bad(message.substring(0, colon), message.substring(colon + 2));
        }
        return new Bad(fallbackField, message);
    }

    private static List<Objective> objectives(JsonNode root, Task task) {
        if (root.has("objective") && root.has("objectives")) {
            throw new Bad("objectives", "give either objective or objectives, not both");
        }
        if (root.has("objectives")) {
            JsonNode list = root.get("objectives");
            if (!list.isArray() || list.isEmpty()) {
                throw new Bad("objectives", "must be a non-empty list");
            }
            List<Objective> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(objective(list.get(i), "objectives[" + i + "]"));
            }
            if (out.stream().map(Objective::metric).distinct().count() != out.size()) {
                throw new Bad("objectives", "a metric is listed twice");
            }
            return out;
        }
        if (root.has("objective")) {
            return List.of(objective(root.get("objective"), "objective"));
        }
        return List.of(Objective.defaultFor(task));
    }

    private static Objective objective(JsonNode node, String field) {
        if (node.isTextual()) {
            String m = node.asText();
            return guard(field, () -> new Objective(m, Objective.naturalDirection(m)));
        }
        requireObject(node, field);
        unknownKeys(node, field, Set.of("metric", "direction"));
        if (!node.has("metric")) {
            throw new Bad(field + ".metric", "missing");
        }
        String metric = text(node.get("metric"), field + ".metric");
        Direction d = node.has("direction")
                ? guard(field + ".direction", () -> Direction.fromWord(text(node.get("direction"), field + ".direction")))
                : Objective.naturalDirection(metric);
        return guard(field + ".metric", () -> new Objective(metric, d));
    }

    private static Budget budget(JsonNode node) {
        if (node == null) {
            return new Budget(10, null);
        }
        requireObject(node, "budget");
        unknownKeys(node, "budget", Set.of("trials", "time"));
        int trials = node.has("trials") ? intValue(node.get("trials"), "budget.trials") : 0;
        java.time.Duration time = node.has("time")
                ? guard("budget.time", () -> Budget.parseDuration(node.get("time").asText())) : null;
        if (trials < 0) {
            throw new Bad("budget.trials", "must be >= 0, got " + trials);
        }
        return guard("budget", () -> new Budget(trials, time));
    }

    private static ArchitectureSpace architecture(JsonNode node) {
        requireObject(node, "architecture");
        String family = node.has("family") ? text(node.get("family"), "architecture.family") : "chain";
        if (family.equals("cell")) {
            return cellArchitecture(node);
        }
        unknownKeys(node, "architecture", Set.of("family", "stages", "min_blocks", "max_blocks", "blocks"));
        if (!family.equals("chain")) {
            throw new Bad("architecture.family", "unknown family '" + family + "' (expected chain, cell)");
        }
        List<StageSpace> stages = new ArrayList<>();
        if (node.has("stages")) {
            if (node.has("blocks")) {
                throw new Bad("architecture", "give either stages or blocks, not both");
            }
            JsonNode list = node.get("stages");
            if (!list.isArray() || list.isEmpty()) {
                throw new Bad("architecture.stages", "must be a non-empty list");
            }
            for (int i = 0; i < list.size(); i++) {
                String f = "architecture.stages[" + i + "]";
                requireObject(list.get(i), f);
                unknownKeys(list.get(i), f, Set.of("min_blocks", "max_blocks", "blocks"));
                stages.add(stage(list.get(i), f));
            }
        } else {
            stages.add(stage(node, "architecture"));
        }
        return new ArchitectureSpace(stages);
    }

    /** {@code family: cell}: a NAS-Bench-201 cell whose edges take {@code ops} (default: all five). */
    private static ArchitectureSpace cellArchitecture(JsonNode node) {
        unknownKeys(node, "architecture", Set.of("family", "ops"));
        List<CellOp> ops = new ArrayList<>();
        if (node.has("ops")) {
            JsonNode list = node.get("ops");
            if (!list.isArray() || list.isEmpty()) {
                throw new Bad("architecture.ops", "must be a non-empty list of cell ops");
            }
            for (int i = 0; i < list.size(); i++) {
                String f = "architecture.ops[" + i + "]";
                String word = text(list.get(i), f);
                ops.add(guard(f, () -> CellOp.fromWord(word)));
            }
        } else {
            ops.addAll(List.of(CellOp.values()));
        }
        return guard("architecture.ops", () -> ArchitectureSpace.cell(ops));
    }

    private static StageSpace stage(JsonNode node, String field) {
        if (!node.has("blocks")) {
            throw new Bad(field + ".blocks", "missing (list the block options, e.g. - type: dense)");
        }
        JsonNode blocks = node.get("blocks");
        if (!blocks.isArray() || blocks.isEmpty()) {
            throw new Bad(field + ".blocks", "must be a non-empty list of block options");
        }
        int min = node.has("min_blocks") ? intValue(node.get("min_blocks"), field + ".min_blocks") : 1;
        int max = node.has("max_blocks") ? intValue(node.get("max_blocks"), field + ".max_blocks") : Math.max(min, 1);
        if (min < 0) {
            throw new Bad(field + ".min_blocks", "must be >= 0, got " + min);
        }
        if (min > max) {
            throw new Bad(field + ".min_blocks", "min_blocks " + min + " is greater than max_blocks " + max);
        }
        if (max > 64) {
            throw new Bad(field + ".max_blocks", "max_blocks " + max + " is more than 64");
        }
        List<BlockSpace> options = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            options.add(block(blocks.get(i), field + ".blocks[" + i + "]"));
        }
        return guard(field, () -> new StageSpace(min, max, options));
    }

    private static BlockSpace block(JsonNode node, String field) {
        LayerType type;
        if (node.isTextual()) { // "- maxpool": every parameter at its default
            type = guard(field, () -> LayerType.fromWord(node.asText()));
        } else {
            requireObject(node, field);
            if (!node.has("type")) {
                throw new Bad(field + ".type", "missing (one of dense, conv2d, maxpool, avgpool, dropout, batchnorm, "
                        + "flatten, lstm, gru, rnn)");
            }
            type = guard(field + ".type", () -> LayerType.fromWord(text(node.get("type"), field + ".type")));
        }
        Map<String, Domain> domains = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("type")) {
                continue;
            }
            String f = field + "." + e.getKey();
            if (!type.parameters().contains(e.getKey())) {
                throw new Bad(f, "unknown parameter for " + type.word() + " (expected "
                        + (type.parameters().isEmpty() ? "none" : String.join(", ", type.parameters())) + ")");
            }
            domains.put(e.getKey(), domain(e.getValue(), f, e.getKey()));
        }
        for (String p : type.parameters()) {
            if (!domains.containsKey(p) && io.nas4j.searchspace.arch.Layers.defaultValue(type, p) == null
                    && !p.equals("stride")) {
                throw new Bad(field + "." + p, "missing (" + type.word() + " needs " + p + ")");
            }
        }
        try {
            return new BlockSpace(type, domains);
        } catch (IllegalArgumentException e) {
            // BlockSpace prefixes the parameter at fault: "rate: dropout.rate must be in [0, 1), got 1.5"
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            if (colon > 0 && type.parameters().contains(message.substring(0, colon))) {
                throw new Bad(field + "." + message.substring(0, colon), message.substring(colon + 2));
            }
            throw new Bad(field, message);
        }
    }

    private static HyperparameterSpace hyperparameters(JsonNode node) {
        if (node == null) {
            return HyperparameterSpace.empty();
        }
        requireObject(node, "hyperparameters");
        Map<String, Domain> domains = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String f = "hyperparameters." + e.getKey();
            Domain d = domain(e.getValue(), f, e.getKey());
            guard(f, () -> new HyperparameterSpace(Map.of(e.getKey(), d))); // names the field at fault
            domains.put(e.getKey(), d);
        }
        return guard("hyperparameters", () -> new HyperparameterSpace(domains));
    }

    private static Constraints constraints(JsonNode node) {
        if (node == null) {
            return Constraints.NONE;
        }
        requireObject(node, "constraints");
        unknownKeys(node, "constraints", Set.of("max_params", "max_flops"));
        long p = node.has("max_params") ? longValue(node.get("max_params"), "constraints.max_params") : 0;
        long f = node.has("max_flops") ? longValue(node.get("max_flops"), "constraints.max_flops") : 0;
        if (p < 0) {
            throw new Bad("constraints.max_params", "must be >= 0 (0 means no limit), got " + p);
        }
        if (f < 0) {
            throw new Bad("constraints.max_flops", "must be >= 0 (0 means no limit), got " + f);
        }
        return guard("constraints", () -> new Constraints(p, f));
    }

    private static ComponentSpec component(JsonNode node, String field, String defaultType) {
        if (node == null) {
            return ComponentSpec.of(defaultType);
        }
        if (node.isTextual()) {
            return ComponentSpec.of(node.asText());
        }
        requireObject(node, field);
        String type = node.has("type") ? text(node.get("type"), field + ".type") : defaultType;
        if (type == null) {
            throw new Bad(field + ".type", "missing");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("type")) {
                options.put(e.getKey(), YAML.convertValue(e.getValue(), Object.class));
            }
        }
        return new ComponentSpec(type, options);
    }

    /**
     * Reads a domain: a scalar is a fixed value, a list a choice, a map a range
     * ({@code min}, {@code max}, optional {@code step}, {@code log}, {@code type: int|float}) or a
     * typed choice ({@code type: categorical|bool}, {@code values}).
     */
    static Domain domain(JsonNode node, String field, String name) {
        if (node.isValueNode()) {
            return new Choice(List.of(scalar(node, field)));
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                throw new Bad(field, "empty list: give at least one value");
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isValueNode()) {
                    throw new Bad(field + "[" + i + "]", "must be a number, word or boolean");
                }
                values.add(scalar(node.get(i), field + "[" + i + "]"));
            }
            return guard(field, () -> new Choice(values));
        }
        requireObject(node, field);
        unknownKeys(node, field, Set.of("min", "max", "step", "log", "type", "values"));
        String type = node.has("type") ? text(node.get("type"), field + ".type") : null;
        if ("bool".equals(type) || "boolean".equals(type)) {
            return Choice.of(false, true);
        }
        if ("categorical".equals(type) || "choice".equals(type) || node.has("values")) {
            if (!node.has("values")) {
                throw new Bad(field + ".values", "missing (a categorical parameter lists its values)");
            }
            return domain(node.get("values"), field + ".values", name);
        }
        if (!node.has("min") || !node.has("max")) {
            throw new Bad(field, "a range needs min and max (or give a list of values)");
        }
        JsonNode min = node.get("min");
        JsonNode max = node.get("max");
        if (!min.isNumber()) {
            throw new Bad(field + ".min", "must be a number, got " + min);
        }
        if (!max.isNumber()) {
            throw new Bad(field + ".max", "must be a number, got " + max);
        }
        boolean log = node.has("log") && bool(node.get("log"), field + ".log");
        boolean integral = min.isIntegralNumber() && max.isIntegralNumber()
                && (!node.has("step") || node.get("step").isIntegralNumber());
        boolean asInt = type != null ? type.equals("int") || type.equals("integer")
                : INT_PARAMS.contains(name) || (integral && !FLOAT_PARAMS.contains(name));
        if (type != null && !asInt && !type.equals("float")) {
            throw new Bad(field + ".type", "unknown type '" + type + "' (expected int, float, categorical, bool)");
        }
        if (min.asDouble() > max.asDouble()) {
            throw new Bad(field, "min " + min.asText() + " is greater than max " + max.asText());
        }
        if (asInt) {
            if (!integral) {
                throw new Bad(field, "an integer range needs whole-number min, max and step");
            }
            int step = node.has("step") ? intValue(node.get("step"), field + ".step") : 1;
            return guard(field, () -> new IntRange(min.asInt(), max.asInt(), step, log));
        }
        if (node.has("step")) {
            throw new Bad(field + ".step", "a float range has no step (use a list of values)");
        }
        return guard(field, () -> new FloatRange(min.asDouble(), max.asDouble(), log));
    }

    private static Object scalar(JsonNode n, String field) {
        if (n.isIntegralNumber()) {
            return n.canConvertToInt() ? (Object) n.asInt() : (Object) n.asLong();
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        throw new Bad(field, "must be a number, word or boolean, got " + n);
    }

    private static <T> T guard(String field, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (Bad b) {
            throw b;
        } catch (IllegalArgumentException e) {
            return rethrow(field, e.getMessage());
        }
    }

    /**
     * Turns a validating constructor's message into a field problem. Messages that start with a
     * field path ({@code budget.time: must be positive}) keep that path when it lies under
     * {@code field} or in the dataset; a leading name equal to the field's last part
     * ({@code optimizer: ...} at {@code hyperparameters.optimizer}) is not repeated.
     */
    private static <T> T rethrow(String field, String message) {
        int colon = message.indexOf(": ");
        if (colon > 0) {
            String prefix = message.substring(0, colon);
            String rest = message.substring(colon + 2);
            if (prefix.matches("[a-z_]+(\\.[a-z_0-9\\[\\]]+)*")) {
                if (prefix.startsWith("dataset.") || prefix.equals(field) || prefix.startsWith(field + ".")) {
                    throw new Bad(prefix, rest);
                }
                if (field.endsWith("." + prefix)) {
                    throw new Bad(field, rest);
                }
            }
        }
        throw new Bad(field, message);
    }

    private static void requireObject(JsonNode node, String field) {
        if (!node.isObject()) {
            throw new Bad(field, "must be a mapping (key: value lines), got " + kind(node));
        }
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "a list" : n.isTextual() ? "the text '" + n.asText() + "'" : n.isNull() ? "nothing" : n.toString();
    }

    private static void unknownKeys(JsonNode node, String field, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new Bad(field.isEmpty() ? k : field + "." + k, "unknown field" + suggestion(k, allowed)
                        + " (expected one of " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** {@code ; did you mean 'budget'?} when a known word is a small typo away, else empty. */
    private static String suggestion(String word, java.util.Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : new TreeSet<>(known)) {
            int d = editDistance(word, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, Math.min(2, word.length() / 3))
                ? "; did you mean '" + best + "'?" : "";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + swap);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String text(JsonNode n, String field) {
        if (!n.isTextual()) {
            throw new Bad(field, "must be a word, got " + kind(n));
        }
        return n.asText();
    }

    private static int intValue(JsonNode n, String field) {
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new Bad(field, "must be a whole number, got " + kind(n));
        }
        return n.asInt();
    }

    private static long longValue(JsonNode n, String field) {
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new Bad(field, "must be a whole number, got " + kind(n));
        }
        return n.asLong();
    }

    private static boolean bool(JsonNode n, String field) {
        if (!n.isBoolean()) {
            throw new Bad(field, "must be true or false, got " + kind(n));
        }
        return n.asBoolean();
    }
}
