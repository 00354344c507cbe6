#include "core/import/importyaml.h"

#include <QCoreApplication>

#include <utility>

namespace Stackdraft::Core::ImportYaml {

void offsetLines(YamlNode &node, int fileIndex)
{
    if (node.line > 0)
        node.line += fileIndex * FileStride;
    for (YamlNode &item : node.items)
        offsetLines(item, fileIndex);
    for (YamlNode &key : node.keys)
        offsetLines(key, fileIndex);
    for (YamlNode &value : node.values)
        offsetLines(value, fileIndex);
}

Origin origin(int line)
{
    if (line <= 0)
        return {0, 0};
    return {line / FileStride, line % FileStride};
}

namespace {

void mergeFrom(YamlNode &map, const YamlNode &source)
{
    if (!source.isMap())
        return;
    for (size_t i = 0; i < source.keys.size(); ++i) {
        if (!map.find(source.keys[i].scalar)) {
            map.keys.push_back(source.keys[i]);
            map.values.push_back(source.values[i]);
        }
    }
}

} // namespace

void resolveMergeKeys(YamlNode &node)
{
    for (YamlNode &item : node.items)
        resolveMergeKeys(item);
    for (YamlNode &value : node.values)
        resolveMergeKeys(value);
    if (!node.isMap())
        return;
    for (size_t i = 0; i < node.keys.size(); ++i) {
        if (node.keys[i].scalar != QLatin1String("<<") || node.keys[i].quoted)
            continue;
        YamlNode merged = std::move(node.values[i]);
        node.keys.erase(node.keys.begin() + qsizetype(i));
        node.values.erase(node.values.begin() + qsizetype(i));
        if (merged.isSequence()) {
            for (const YamlNode &source : merged.items)
                mergeFrom(node, source);
        } else {
            mergeFrom(node, merged);
        }
        break; // a map holds one "<<" key (duplicate keys are refused by the parser)
    }
}

Error errorAt(const QString &file, const YamlNode &at, const QString &message)
{
    const int line = origin(at.line).line;
    return Error {message, file, line > 0 ? line : 1, line > 0 ? qMax(1, at.column) : 1, {}};
}

Status refuseTemplates(const QByteArray &bytes, const QString &fileName)
{
    int line = 1;
    qsizetype lineStart = 0;
    bool inComment = false;
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
            inComment = false;
            continue;
        }
        if (c == '#' && (i == lineStart || bytes[i - 1] == ' ' || bytes[i - 1] == '\t'))
            inComment = true;
        if (!inComment && c == '{' && bytes[i + 1] == '{') {
            Error error;
            error.file = fileName;
            error.line = line;
            error.column = int(i - lineStart) + 1;
            error.message = QCoreApplication::translate(
                "Import",
                "a template placeholder '{{': this is a Helm chart template, not a manifest; "
                "render it first (helm template CHART > manifests.yaml) and import the result");
            return error;
        }
    }
    return success();
}

} // namespace Stackdraft::Core::ImportYaml
