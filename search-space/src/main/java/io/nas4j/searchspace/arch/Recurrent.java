package io.nas4j.searchspace.arch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A recurrent block (LSTM, GRU or plain RNN) over a (time, features) sequence.
 *
 * @param type {@link LayerType#LSTM}, {@link LayerType#GRU} or {@link LayerType#RNN}
 * @param hidden hidden state size
 * @param layers stacked layers
 * @param bidirectional whether it also reads the sequence backwards
 * @param returnSequences whether it outputs every time step (else only the last)
 * @param activation activation of a plain RNN (tanh or relu); {@code tanh} for lstm and gru
 */
public record Recurrent(LayerType type, int hidden, int layers, boolean bidirectional, boolean returnSequences,
        Activation activation) implements Layer {
    /** Validates the kind and sizes. */
    public Recurrent {
        if (type == null || !type.isRecurrent()) {
            throw new IllegalArgumentException("recurrent type must be lstm, gru or rnn, got " + type);
        }
        if (hidden < 1) {
            throw new IllegalArgumentException(type.word() + ".hidden must be >= 1, got " + hidden);
        }
        if (layers < 1) {
            throw new IllegalArgumentException(type.word() + ".layers must be >= 1, got " + layers);
        }
        Objects.requireNonNull(activation, "activation");
        if (type != LayerType.RNN && activation != Activation.TANH) {
            throw new IllegalArgumentException(type.word() + " has a fixed tanh activation");
        }
        if (type == LayerType.RNN && activation != Activation.TANH && activation != Activation.RELU) {
            throw new IllegalArgumentException("rnn.activation must be tanh or relu, got " + activation.word());
        }
    }

    /** Output width per time step: hidden size times directions. */
    public int outputWidth() {
        return hidden * (bidirectional ? 2 : 1);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hidden", hidden);
        m.put("layers", layers);
        m.put("bidirectional", bidirectional);
        m.put("return_sequences", returnSequences);
        if (type == LayerType.RNN) {
            m.put("activation", activation.word());
        }
        return m;
    }
}
