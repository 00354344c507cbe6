#include "core/import/composemerger.h"

#include <QStringList>

namespace Stackdraft::Core {
namespace {

const QStringList AppendedLists = {
    QStringLiteral("ports"),      QStringLiteral("expose"),      QStringLiteral("dns"),
    QStringLiteral("dns_search"), QStringLiteral("tmpfs"),       QStringLiteral("external_links"),
    QStringLiteral("secrets"),    QStringLiteral("configs"),     QStringLiteral("networks"),
    QStringLiteral("depends_on"), QStringLiteral("links"),       QStringLiteral("profiles"),
    QStringLiteral("env_file"),   QStringLiteral("cap_add"),     QStringLiteral("cap_drop"),
    QStringLiteral("devices"),    QStringLiteral("extra_hosts"),
};
const QStringList KeyedLists = {QStringLiteral("environment"), QStringLiteral("labels")};

// "KEY=value" list items as a map, so both forms merge by key.
YamlNode asMap(const YamlNode &node)
{
    if (!node.isSequence())
        return node;
    YamlNode map;
    map.kind = YamlNode::Kind::Map;
    map.line = node.line;
    map.column = node.column;
    for (const YamlNode &item : node.items) {
        const qsizetype eq = item.scalar.indexOf(QLatin1Char('='));
        YamlNode key = item;
        key.scalar = eq < 0 ? item.scalar : item.scalar.left(eq);
        YamlNode value = item;
        if (eq < 0)
            value.kind = YamlNode::Kind::Null;
        value.scalar = eq < 0 ? QString() : item.scalar.mid(eq + 1);
        value.quoted = true;
        map.keys.push_back(key);
        map.values.push_back(value);
    }
    return map;
}

QString itemKey(const QString &listKey, const YamlNode &item)
{
    if (item.isScalar()) {
        if (listKey == QLatin1String("volumes")) // "src:/target[:mode]" merges by target
            return item.scalar.section(QLatin1Char(':'), 1, 1);
        return item.scalar;
    }
    if (const YamlNode *target = item.find(QStringLiteral("target")))
        return target->scalar;
    if (const YamlNode *source = item.find(QStringLiteral("source")))
        return source->scalar;
    return {};
}

} // namespace

void ComposeMerger::merge(YamlNode &base, const YamlNode &override)
{
    if (!base.isMap() || !override.isMap()) {
        base = override;
        return;
    }
    for (size_t i = 0; i < override.keys.size(); ++i) {
        const QString &key = override.keys[i].scalar;
        bool found = false;
        for (size_t j = 0; j < base.keys.size(); ++j) {
            if (base.keys[j].scalar == key) {
                mergeValue(key, base.values[j], override.values[i]);
                found = true;
                break;
            }
        }
        if (!found) {
            base.keys.push_back(override.keys[i]);
            base.values.push_back(override.values[i]);
        }
    }
}

void ComposeMerger::mergeValue(const QString &key, YamlNode &base, const YamlNode &override)
{
    if (KeyedLists.contains(key)) {
        YamlNode merged = asMap(base);
        merge(merged, asMap(override));
        base = std::move(merged);
        return;
    }
    if (key == QLatin1String("command") || key == QLatin1String("entrypoint")
        || key == QLatin1String("test")) {
        base = override;
        return;
    }
    if (base.isSequence() && override.isSequence()
        && (AppendedLists.contains(key) || key == QLatin1String("volumes"))) {
        for (const YamlNode &item : override.items) {
            const QString wanted = itemKey(key, item);
            bool replaced = false;
            for (YamlNode &existing : base.items) {
                if (!wanted.isEmpty() && itemKey(key, existing) == wanted) {
                    existing = item;
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                base.items.push_back(item);
        }
        return;
    }
    if (base.isMap() && override.isMap()) {
        merge(base, override);
        return;
    }
    base = override;
}

} // namespace Stackdraft::Core
