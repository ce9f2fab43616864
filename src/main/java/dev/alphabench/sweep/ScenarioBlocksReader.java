package dev.alphabench.sweep;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code scenarios:}, a mapping from tutorial scenario id to that scenario's keys (or nothing). */
final class ScenarioBlocksReader extends ValueReaders.Strict<List<Profile.ScenarioBlock>> {
    @Override
    public List<Profile.ScenarioBlock> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw ValueReaders.error(p, "wrong type: expected a mapping of scenario id to its keys, e.g. 'one-char: {epochs: [20]}'");
        }
        JsonLocation start = p.currentTokenLocation();
        List<Profile.ScenarioBlock> blocks = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            Scenario scenario = Scenarios.find(id).orElseThrow(() -> new JsonMappingException(p,
                    "unknown scenario '" + id + "' (valid: " + Scenarios.ids() + ")", at));
            if (blocks.stream().anyMatch(b -> b.scenario().id().equals(id))) {
                throw new JsonMappingException(p, "scenario '" + id + "' is listed twice", at);
            }
            ProfileSettings settings;
            JsonToken value = p.nextToken();
            if (value != JsonToken.VALUE_NULL && value != JsonToken.START_OBJECT) {
                throw JsonMappingException.wrapWithPath(ValueReaders.error(p,
                        "wrong type: expected the scenario's keys (a mapping) or nothing"), blocks, id);
            }
            try {
                settings = value == JsonToken.VALUE_NULL
                        ? ProfileSettings.NONE
                        : ctxt.readValue(p, ProfileSettings.class);
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, blocks, id);
            }
            blocks.add(new Profile.ScenarioBlock(scenario, settings, at.getLineNr()));
        }
        if (blocks.isEmpty()) {
            throw new JsonMappingException(p, "no scenarios (list at least one of: " + Scenarios.ids() + ")", start);
        }
        return blocks;
    }
}
