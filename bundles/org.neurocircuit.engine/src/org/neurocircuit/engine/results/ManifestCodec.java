package org.neurocircuit.engine.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurocircuit.engine.json.JsonParser;
import org.neurocircuit.engine.json.JsonWriter;
import org.neurocircuit.engine.json.NonFinite;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;

/** Turns a {@link RunManifest} into run.json's text and back (the field list is in FORMAT.md). */
final class ManifestCodec {

    private ManifestCodec() {
    }

    /** run.json's text. */
    static String encode(RunManifest m) {
        Map<String, Object> root = new LinkedHashMap<>();
        RunProvenance p = m.provenance();
        RunOutcome o = m.outcome();
        RecordingLayout l = m.layout();
        root.put("format", RunManifest.FORMAT);
        root.put("formatVersion", m.formatVersion());
        root.put("completion", o.status().word());
        root.put("reason", o.reason());
        root.put("circuit", map("name", p.circuitName(), "sha256", m.circuitSha256(), "file", m.circuitFile()));
        root.put("networkName", l.networkName());
        root.put("seed", p.seed());
        root.put("threads", p.threads());
        root.put("backend", map("id", p.backendId(), "version", p.backendVersion()));
        root.put("dt", l.dt());
        root.put("steps", l.steps());
        root.put("durationMs", p.durationMs());
        root.put("started", o.started().toString());
        root.put("ended", o.ended() == null ? null : o.ended().toString());
        root.put("wallTimeMs", finiteOrNull(o.wallTimeMs()));
        root.put("cpuTimeMs", finiteOrNull(o.cpuTimeMs()));
        root.put("totalSpikes", o.totalSpikes() < 0 ? null : o.totalSpikes());
        root.put("synapticEvents", o.synapticEvents() < 0 ? null : o.synapticEvents());
        root.put("simulatedSteps", o.simulatedSteps() < 0 ? null : o.simulatedSteps());
        root.put("warnings", p.warnings());
        HostInfo h = m.host();
        root.put("host", map("java", h.javaVersion(), "javaVendor", h.javaVendor(), "os", h.osName(),
                "osArch", h.osArch(), "osVersion", h.osVersion(), "processors", h.processors(),
                "maxHeapBytes", h.maxHeapBytes()));
        long[] popSpikes = new long[l.populations().size()];
        List<Object> channels = new ArrayList<>();
        for (int i = 0; i < l.channels().size(); i++) {
            Channel c = l.channels().get(i);
            ChannelColumns cc = m.columns().get(i);
            if (c.kind() == Kind.SPIKES) {
                popSpikes[c.population()] += cc.records();
            }
            Map<String, Object> ch = map("index", c.index(), "name", c.name(), "kind", kindWord(c.kind()),
                    "population", c.population(), "variable", c.variable() == null ? null : c.variable().name(),
                    "unit", c.unit(), "intervalSteps", c.intervalSteps(), "neurons", c.neurons());
            ch.put("files", map("values", cc.values(), "steps", cc.steps()));
            ch.put("records", cc.records());
            channels.add(ch);
        }
        List<Object> pops = new ArrayList<>();
        for (int i = 0; i < popSpikes.length; i++) {
            PopulationInfo pi = l.populations().get(i);
            pops.add(map("name", pi.name(), "offset", pi.offset(), "size", pi.size(), "recordedSpikes", popSpikes[i]));
        }
        root.put("populations", pops);
        root.put("channels", channels);
        return JsonWriter.write(root, NonFinite.REJECT);
    }

    /**
     * Reads run.json's text.
     *
     * @throws IllegalArgumentException for invalid JSON, a foreign format or a bad field, with
     *                                  a message naming the field
     * @throws UnsupportedOperationException for a newer format version
     */
    static RunManifest decode(String text) {
        Object tree = JsonParser.parse(text);
        if (!(tree instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonFields r = new JsonFields("", tree);
        if (!RunManifest.FORMAT.equals(r.map().get("format"))) {
            throw new IllegalArgumentException("not a NeuroCircuit run: \"format\" is "
                    + describe(r.map().get("format")) + ", expected \"" + RunManifest.FORMAT + "\"");
        }
        int version = r.int32("formatVersion");
        if (version > RunManifest.VERSION || version < 1) {
            throw new UnsupportedOperationException("format version " + version
                    + " (this version of NeuroCircuit reads versions 1 to " + RunManifest.VERSION + ")");
        }
        RunStatus status = RunStatus.fromWord(r.string("completion"));
        if (status == null) {
            throw r.bad("completion", "expected complete, cancelled, failed or running");
        }
        JsonFields circuit = r.object("circuit");
        JsonFields backend = r.object("backend");
        List<String> warnings = new ArrayList<>();
        for (JsonFields w : r.array("warnings")) {
            warnings.add(w.asString());
        }
        RunProvenance p = new RunProvenance(circuit.string("name"), r.integer("seed"), r.number("durationMs"),
                r.int32("threads"), backend.string("id"), backend.string("version"), warnings);
        RunOutcome o = new RunOutcome(status, r.string("reason"), r.instant("started"), r.optInstant("ended"),
                r.optNumber("wallTimeMs"), r.optNumber("cpuTimeMs"), r.optInteger("totalSpikes"),
                r.optInteger("synapticEvents"), r.optInteger("simulatedSteps"));
        JsonFields h = r.object("host");
        HostInfo host = new HostInfo(h.string("java"), h.string("javaVendor"), h.string("os"), h.string("osArch"),
                h.string("osVersion"), h.int32("processors"), h.integer("maxHeapBytes"));
        List<PopulationInfo> pops = new ArrayList<>();
        for (JsonFields f : r.array("populations")) {
            pops.add(new PopulationInfo(f.string("name"), f.int32("offset"), f.int32("size")));
        }
        List<Channel> channels = new ArrayList<>();
        List<ChannelColumns> columns = new ArrayList<>();
        for (JsonFields f : r.array("channels")) {
            channels.add(channel(f, pops.size()));
            JsonFields files = f.object("files");
            columns.add(new ChannelColumns(files.string("values"), files.optString("steps"),
                    f.natural("records")));
        }
        double dt = r.number("dt");
        if (!(dt > 0)) {
            throw r.bad("dt", "must be positive");
        }
        RecordingLayout layout = new RecordingLayout(r.string("networkName"), dt, (int) r.natural("steps"), pops, channels);
        return new RunManifest(version, p, circuit.optString("sha256"), circuit.optString("file"), o, host, layout, columns);
    }

    private static Channel channel(JsonFields f, int populations) {
        Kind kind = switch (f.string("kind")) {
            case "spikes" -> Kind.SPIKES;
            case "state" -> Kind.STATE;
            case "rate" -> Kind.RATE;
            default -> throw f.bad("kind", "expected spikes, state or rate");
        };
        int pop = f.int32("population");
        if (pop < 0 || pop >= populations) {
            throw f.bad("population", "no population " + pop);
        }
        String var = f.optString("variable");
        StateVariable v = null;
        if (var != null) {
            try {
                v = StateVariable.valueOf(var);
            } catch (IllegalArgumentException e) {
                throw f.bad("variable", "unknown state variable \"" + var + "\"");
            }
        } else if (kind == Kind.STATE) {
            throw f.bad("variable", "a state channel needs a variable");
        }
        int interval = f.int32("intervalSteps");
        if (interval < 1) {
            throw f.bad("intervalSteps", "must be at least 1");
        }
        int[] neurons = null;
        if (f.map().get("neurons") != null) {
            List<JsonFields> list = f.array("neurons");
            neurons = new int[list.size()];
            for (int i = 0; i < neurons.length; i++) {
                long n = list.get(i).asInteger();
                if (n < 0 || n > Integer.MAX_VALUE) {
                    throw f.bad("neurons", "neuron index out of range");
                }
                neurons[i] = (int) n;
            }
        }
        return new Channel(f.int32("index"), f.string("name"), kind, pop, v, f.string("unit"), interval, neurons);
    }

    static String kindWord(Kind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Object finiteOrNull(double d) {
        return Double.isFinite(d) ? d : null;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String describe(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : v == null ? "missing" : String.valueOf(v);
    }
}
