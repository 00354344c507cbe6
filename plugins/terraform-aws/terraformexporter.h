#pragma once

#include "core/export/exporter.h"

#include <QObject>

namespace Stackdraft::Plugins {

// deploy/terraform/<env>/{versions,variables,main,outputs}.tf for every environment on aws-ecs:
// VPC, ALB with path rules, ECR, ECS Fargate, CloudWatch logs, SSM parameters, IAM, and the AWS
// managed services that realise the data components.
class TerraformExporter final : public QObject, public Core::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID StackdraftExporter_iid FILE "terraform.json")
    Q_INTERFACES(Stackdraft::Core::Exporter)

public:
    QString id() const override;
    QString name() const override;
    bool appliesTo(const Core::Environment &env) const override;
    Core::Result<Core::ExportSet> generate(const Core::Project &project,
                                           const Core::ExportRequest &request) const override;
};

} // namespace Stackdraft::Plugins
