#pragma once

#include "core/io/parsecontext.h"
#include "core/model/envvar.h"

#include <QList>
#include <QString>

namespace Stackdraft::Core {

// Reads an `env:` mapping (a component's variables or a deployment's
// overrides). References to other components are collected and checked once
// every component is known (see checkReferences).
class EnvVarParser final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader) // see ParseContext

public:
    explicit EnvVarParser(ParseContext &context)
        : m_context(context)
    {
    }

    QList<EnvVar> parse(const YamlNode &node, const QString &field);
    void checkReferences(const QStringList &componentIds);

private:
    struct PendingReference
    {
        const YamlNode *node;
        QString field;
        QString component;
    };

    EnvVar parseValue(const QString &name, const YamlNode &value, const QString &field);

    ParseContext &m_context;
    QList<PendingReference> m_references;
};

} // namespace Stackdraft::Core
