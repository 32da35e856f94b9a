package org.hesstrucks.result;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;

/**
 * The mapper for result files. JSON has no NaN or infinity, so non-finite numbers are written as
 * {@code null} and read back as NaN: a result file is standard JSON any tool can read.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(nonFiniteAsNull())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  private ResultJson() {}

  /** The shared mapper; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static SimpleModule nonFiniteAsNull() {
    SimpleModule module = new SimpleModule("hesstrucks-non-finite");
    module.addSerializer(double[].class, new JsonSerializer<>() {
      @Override
      public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartArray(values, values.length);
        for (double v : values) {
          if (Double.isFinite(v)) {
            gen.writeNumber(v);
          } else {
            gen.writeNull();
          }
        }
        gen.writeEndArray();
      }
    });
    module.addSerializer(Double.class, new JsonSerializer<>() {
      @Override
      public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (Double.isFinite(value)) {
          gen.writeNumber(value);
        } else {
          gen.writeNull();
        }
      }
    });
    module.addSerializer(double.class, new JsonSerializer<>() {
      @Override
      public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (Double.isFinite(value)) {
          gen.writeNumber(value);
        } else {
          gen.writeNull();
        }
      }
    });
    module.addDeserializer(double[].class, new JsonDeserializer<>() {
      @Override
      public double[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
          return (double[]) ctxt.handleUnexpectedToken(double[].class, p);
        }
        double[] values = new double[16];
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          if (n == values.length) {
            values = Arrays.copyOf(values, 2 * n);
          }
          values[n++] = t == JsonToken.VALUE_NULL ? Double.NaN : p.getDoubleValue();
        }
        return Arrays.copyOf(values, n);
      }
    });
    module.addDeserializer(double.class, new JsonDeserializer<>() {
      @Override
      public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return p.getDoubleValue();
      }

      @Override
      public Double getNullValue(DeserializationContext ctxt) {
        return Double.NaN;
      }
    });
    return module;
  }
}
