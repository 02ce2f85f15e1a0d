package cn.paiban.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;

/**
 * Jackson's {@link JsonNode} tree of a JSON text, the very tree {@code new ObjectMapper().readTree(…)} gives (the same
 * node classes, numbers as IntNode/LongNode/BigIntegerNode and DoubleNode, a repeated name keeping its first place
 * with its last value, a missing node for an empty text, nothing read after the root value), made with the streaming
 * parser alone. An ObjectMapper's first use costs a cold process ~0.1 s of CPU in class set-up (its type factory,
 * date formats, deserializer caches), and the template files are read that way on the path of every export.
 * Parse errors are the parser's own {@code JsonProcessingException}s, as through a mapper.
 */
public final class JsonTrees {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    public static JsonNode read(String text) throws IOException { return read(FACTORY, text); }

    /** With a factory of one's own (its stream read constraints: nesting depth, string length). */
    public static JsonNode read(JsonFactory factory, String text) throws IOException {
        try (JsonParser p = factory.createParser(text)) {
            return root(p);
        }
    }

    /** A file, its encoding detected as a mapper's reading of a file detects it. */
    public static JsonNode read(File file) throws IOException {
        try (JsonParser p = FACTORY.createParser(file)) {
            return root(p);
        }
    }

    private static JsonNode root(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) return NODES.missingNode();
        return value(p, t);
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                // nextFieldName, as the mapper's reading walks an object: its errors then read the same
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    o.replace(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) a.add(value(p, n));
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT: return NODES.numberNode(p.getIntValue());
                    case LONG: return NODES.numberNode(p.getLongValue());
                    default: return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IOException("unexpected JSON token " + t);
        }
    }
}
