#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Stackdraft::Core {

struct Component;
struct Environment;
struct Project;
class ComponentType;

using Labels = QList<QPair<QString, QString>>; // in the order they are written

// Names every generator derives from the model, defined once so that compose, Kubernetes, Terraform
// and the documents agree (a Service, a compose service and a diagram node of one component share a
// name).
namespace ExportNaming {

// The component's name in every output: its id as a DNS-1123 label (ids are validated labels
// already; this only guards against a hand-edited file).
QString workloadName(const Component &component);
// The compose service name / Kubernetes Service that clients reach the component at.
QString hostName(const Component &component);
// Kubernetes namespace of an environment: the environment's setting, else "<project>-<env>".
QString namespaceName(const Project &project, const Environment &env);
// Named volume / PVC template holding a stateful component's data: "<component>-data".
QString volumeName(const Component &component);

// Secrets. A secret is named in the model (`{secret: backend-secret-key}`), never valued. Its
// spellings:
//  - environment variable (compose ${VAR} and .env): "BACKEND_SECRET_KEY";
//  - Kubernetes: one Secret per project, "<project>-secrets", with the secret's name as the key;
//  - AWS SSM parameter: "/<project>/<env>/<secret>".
QString secretEnvName(const QString &secret);
QString kubernetesSecretName(const Project &project);
QString kubernetesSecretKey(const QString &secret);
QString ssmParameterName(const Project &project, const Environment &env, const QString &secret);
// The secret a catalog-required secret variable gets when the model does not name one:
// "<component>-<variable>" ("mysql" + "MYSQL_ROOT_PASSWORD" -> "mysql-mysql-root-password").
QString implicitSecretName(const Component &component, const QString &variable);

// app.kubernetes.io/* labels. `selectorLabels` (name + part-of) never change between environments,
// so selectors stay valid in every overlay; `standardLabels` adds instance, component (the catalog
// category) and managed-by.
Labels selectorLabels(const Project &project, const Component &component);
Labels standardLabels(const Project &project, const Component &component,
                      const ComponentType &type);
// A valid label value from any text (at most 63 characters, alphanumeric at both ends).
QString labelValue(const QString &text);

} // namespace ExportNaming
} // namespace Stackdraft::Core
