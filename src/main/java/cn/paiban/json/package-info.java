/**
 * JSON files people edit by hand (the issue files, template.json, strokes.json): {@link cn.paiban.json.JsonTrees} reads
 * them into Jackson's tree with the streaming parser alone, and {@link cn.paiban.json.JsonSyntax} says what is wrong
 * with a malformed one in the user's language. Knows only the message bundles and Jackson.
 */
package cn.paiban.json;
