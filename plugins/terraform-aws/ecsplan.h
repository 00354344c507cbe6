#pragma once

#include "core/derived/backupplan.h"
#include "core/derived/realisation.h"
#include "core/model/deployment.h"
#include "core/result.h"
#include "fargatesize.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {
class Catalog;
struct Environment;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// Everything the Terraform of one aws-ecs environment holds, decided from the model before any HCL
// is written: which components become Fargate services and which AWS managed services, their sizes,
// the ports each security group opens and to whom, and how every environment variable reaches its
// container. Values are HCL expressions, ready to write.
struct EcsPlan
{
    struct Env
    {
        QString name;
        QString value; // HCL expression: a string, or an SSM parameter ARN for `secrets`
    };

    // A file mounted into a service's container. ECS mounts no single files: a task volume per
    // directory is filled by an init container from these texts, then mounted read-only at that
    // directory in the service's container.
    struct File
    {
        QString name; // unique in the service
        QString mountPath; // absolute path in the container
        QString content; // HCL expression: a string
    };

    // The data directory of a stateful service: an encrypted EFS file system (a task's own
    // storage is lost at every restart or deploy), reached through an access point that owns its
    // root directory as `owner`, and mounted read-write at `path` (Kubernetes mounts a PVC there).
    struct DataVolume
    {
        QString path; // the catalog's data path in the container; empty: no volume
        qint64 storage = 0; // bytes the design asks for (EFS grows as needed: a comment only)
        qint64 owner = 0; // uid and gid of the access point: the catalog's fsGroup, else Fallback
        bool ownerFromCatalog = false;
        // Its backups (Core::BackupPlan::Method::AwsBackup when on): an AWS Backup plan on the
        // schedule, as AWS's cron writes it (Core::CronSchedule::toAws).
        Core::BackupPlan backup;
        QString awsSchedule; // "cron(0 3 * * ? *)"; the default when the stated one is refused
        bool scheduleRefused = false; // validation (SD-BACKUP-POLICY) says why

        // The owner when the catalog names none: the access point makes every file operation as
        // this identity whatever user the image runs as, so any id works; 1000 is the usual first
        // non-root user.
        static constexpr qint64 FallbackOwner = 1000;

        bool isSet() const { return !path.isEmpty(); }
        bool isBackedUp() const
        {
            return isSet() && backup.method == Core::BackupPlan::Method::AwsBackup;
        }
    };

    // A component run as an ECS service on Fargate.
    struct Service
    {
        QString id; // component id
        QString ident; // Terraform name
        QString label;
        QString image; // HCL expression
        QString sourceImage; // the model's image text, for comments
        bool ecr = false; // built by us: an ECR repository holds its image
        QStringList entryPoint; // replaces the image's entrypoint; empty: the image's
        QStringList command; // replaces the image's arguments (CMD); empty: the image's
        QList<int> ports;
        Core::Resources requested;
        FargateSize size;
        bool sizeRounded = false;
        int desiredCount = 1;
        Core::Autoscaling autoscaling;
        QString queueBroker; // Terraform ident of the aws_mq_broker a queue trigger reads
        QString queueNamespace; // its CloudWatch namespace and metric (Core::QueueScaler)
        QString queueMetric;
        QString healthPath; // HTTP path for the target group; empty: "/"
        int healthPort = 0;
        QStringList
            containerHealth; // exec-form command for the container health check; empty: none
        bool targeted = false; // behind the ALB
        QStringList rules; // Terraform names of the listener rules that forward to it
        QList<Env> environment;
        QList<Env> secrets;
        QString
            discoveryName; // Cloud Map name other services reach it at; empty when none calls it
        bool usesObjectStorage = false;
        QList<File> files;
        DataVolume volume;
    };

    // A component realised by an AWS managed service (RDS, ElastiCache, Amazon MQ, OpenSearch, S3).
    struct DataService
    {
        QString id;
        QString ident;
        QString label;
        Core::Realisation realisation;
        int port = 0;
        QString engine; // "mysql", "postgres", "redis", "RabbitMQ", ...
        QString engineVersion;
        QString instanceClass; // db.t4g.micro, cache.t4g.micro, mq.t3.micro, t3.small.search
        QString sizeNote; // why this class
        int storageGiB = 0;
        int nodes = 1;
        bool redundant = false; // Multi-AZ / cluster
        bool backup = false;
        Core::BackupPlan backupPlan; // schedule and retention, when backup is on
        QString user;
        QString database;
        QString passwordVariable; // "var.secret_..." or empty
    };

    // A listener rule of the ALB, from a Core::PublicEntry route to a Fargate service: requests
    // for `host` under `path` go to the service's target group.
    struct Route
    {
        QString rule; // Terraform name of the listener rule
        QString service; // the target service's Terraform name
        QString id; // the target's component id
        QString path; // "/api"; "/" is the catch-all
        QString host; // host header condition; empty: any
    };

    struct Ingress
    {
        QString target; // security group name (Terraform ident)
        QString source; // a security group ident, or empty for the internet
        int port = 0;
        QString description;
    };

    struct Parameter // an SSM SecureString parameter
    {
        QString ident;
        QString name; // "/project/env/secret"
        QString value; // HCL expression built from sensitive variables only
        QString description;
    };

    struct Variable
    {
        QString name;
        QString type;
        QString description;
        QString defaultValue; // HCL expression; empty: none
        bool sensitive = false;
    };

    struct Note // a component the module does not create, and why
    {
        QString component;
        QString text;
    };

    QString project;
    QString environment;
    QString name; // "<project>-<env>", the prefix of every AWS name
    QString region;
    QString cidr;
    int subnetBits = 8;
    int logRetentionDays = 7;
    int requestedLogRetentionDays = 7;
    bool privateTasks = false; // tasks in the private subnets, out through a NAT gateway
    bool alb = false;
    bool albTls = false;
    QString discoveryNamespace; // "<name>.local" when some service is called by another
    QList<Service> services;
    QList<DataService> data;
    QList<Route> routes; // in the order the entries list them; NetworkBlocks gives priorities
    QList<Ingress> ingress;
    QList<Parameter> parameters;
    QList<Variable> variables;
    QList<Note> notes;

    bool hasPrivateSubnets() const;
    bool hasParameters() const { return !parameters.isEmpty(); }
    bool hasBackups() const; // some service's file system is backed up by AWS Backup
    const Service *service(const QString &ident) const;
    // The Terraform name of the security group of a service's EFS mount targets.
    static QString fileSystemGroup(const Service &service)
    {
        return service.ident + QLatin1String("_efs");
    }
    // The Terraform name of the task role of a service whose data is on EFS: its own, as the file
    // system's policy lets that role alone mount it.
    static QString serviceTaskRole(const Service &service)
    {
        return service.ident + QLatin1String("_task");
    }

    static Core::Result<EcsPlan> make(const Core::Project &project, const Core::Environment &env,
                                      const Core::Catalog &catalog);
    // An AWS resource name of at most `maxLength` characters: `name` itself when it fits, else its
    // start and a short hash of the whole, so two long names never collide.
    static QString awsName(const QString &name, int maxLength);
};

} // namespace Stackdraft::Plugins
