package org.neurocircuit.examples.decoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderProvider;
import org.neurocircuit.decode.spi.ParameterDescriptor;
import org.neurocircuit.decode.spi.Parameters;

/**
 * The k-nearest-neighbours decoders ({@link KnnDecoder}). Their settings are declared in this
 * bundle's plugin.xml ({@code <parameter>} elements, schema/decoders.exsd of
 * org.neurocircuit.decode) and read when the platform creates the provider, through
 * {@link IExecutableExtension}; created in code, a provider takes them as an argument.
 */
public abstract class KnnProvider implements DecoderProvider, IExecutableExtension {

    private final String id;
    private final String label;
    private final DecoderKind kind;
    private List<ParameterDescriptor> parameters;

    KnnProvider(String id, String label, DecoderKind kind, List<ParameterDescriptor> parameters) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
            throws CoreException {
        List<ParameterDescriptor> declared = new ArrayList<>();
        for (IConfigurationElement p : config.getChildren("parameter")) {
            // a bad declaration fails here, and the registry reports it naming this decoder
            declared.add(ParameterDescriptor.fromAttributes(p::getAttribute));
        }
        parameters = List.copyOf(declared);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public DecoderKind kind() {
        return kind;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
        return parameters;
    }

    @Override
    public Decoder create(Map<String, String> values) {
        Parameters p = Parameters.parse(id, parameters, values);
        return new KnnDecoder(kind, p.integer("k"), p.choice("weighting"), p.flag("standardize"));
    }
}
