#pragma once

#include "core/import/composecontext.h"
#include "core/io/yamlnode.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// One compose service: its component and deployment (first pass), then its variables and
// connections once every service is known (second pass).
class ComposeService final
{
public:
    ComposeService(ComposeContext &context, const QString &name, const YamlNode &node);

    // Adds the component and its deployment; false when the service is skipped (inactive
    // profile, not a mapping).
    bool addComponent(Deployment &deployment);
    // Second pass: connections first (they register link and network aliases), then variables.
    void addConnections();
    void addVariables();
    QString id() const { return m_id; }
    QStringList networks() const { return m_networks; }
    QString key() const { return QStringLiteral("services.") + m_name; }

private:
    QString chooseType(const QString &image, const QString &build, const QList<int> &ports);
    void readBuild(const YamlNode &build, Component &component);
    void readPorts(Component &component);
    void readDeploy(Deployment &deployment);
    void readVolumes(Deployment &deployment, const QString &type);
    void readHealthcheck(Component &component, const QString &type);
    void readVariable(const QString &name, const YamlNode *value, const YamlNode &at,
                      QList<EnvVar> &out);

    ComposeContext &m_context;
    QString m_name;
    const YamlNode &m_node;
    QString m_id;
    QStringList m_networks;
    QSet<QString> m_secrets; // compose secrets this service mounts
    QSet<QString> m_usedSecrets; // ...that a variable turned into a secret reference
};

} // namespace Stackdraft::Core
