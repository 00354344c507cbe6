#pragma once

#include "core/io/envvarparser.h"
#include "core/io/mountedfileparser.h"
#include "core/io/parsecontext.h"
#include "core/model/project.h"

#include <QSet>

namespace Stackdraft::Core {

class Catalog;

// Turns a YamlNode tree into a Project, checking structure as it goes: types,
// names, catalog type ids, unique ids, connection and group ends, deployments
// of known components. Design rules (replicas in production, autoscaling
// bounds, ...) are the validation engine's business, not the reader's.
class ProjectParser final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader) // see ParseContext

public:
    // `baseDirectory`: the project file's directory, where mounted files' sources are read.
    ProjectParser(ParseContext &context, const Catalog &catalog, const QString &baseDirectory)
        : m_context(context)
        , m_catalog(catalog)
        , m_env(context)
        , m_files(context, baseDirectory)
    {
    }

    Project parse(const YamlNode &root);

private:
    void parseHeader(const YamlNode &root, Project &project);
    void parseComponents(const YamlNode &node, Project &project);
    Component parseComponent(const QString &id, const YamlNode &node, const QString &field);
    QList<Port> parsePorts(const YamlNode &node, const QString &field);
    void parseConnections(const YamlNode &node, Project &project);
    void assignConnectionIds(const QList<const YamlNode *> &idNodes, Project &project);
    void parseGroups(const YamlNode &node, Project &project);
    void checkComponentRef(const YamlNode &node, const QString &field, const QString &id,
                           const Project &project);

    ParseContext &m_context;
    const Catalog &m_catalog;
    EnvVarParser m_env;
    MountedFileParser m_files;
    QSet<QString> m_componentIds; // known once the components are read; ends are checked in it
};

} // namespace Stackdraft::Core
