#pragma once

#include <QMap>
#include <QString>

namespace Stackdraft::Plugins {

struct EcsPlan;

// The four files of one environment's Terraform module, from its plan: versions.tf, variables.tf,
// main.tf and outputs.tf (file name -> text), formatted as `terraform fmt` writes them.
class TerraformFiles final
{
public:
    static QMap<QString, QString> write(const EcsPlan &plan, const QString &header);

private:
    static QString versions(const QString &header);
    static QString variables(const EcsPlan &plan, const QString &header);
    static QString main(const EcsPlan &plan, const QString &header);
    static QString outputs(const EcsPlan &plan, const QString &header);
};

} // namespace Stackdraft::Plugins
