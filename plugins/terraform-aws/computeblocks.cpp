#include "computeblocks.h"

#include "core/export/generatedtext.h"
#include "core/model/deployment.h"
#include "core/model/quantity.h"
#include "ecsplan.h"
#include "hclwriter.h"
#include "taskfiles.h"

#include <QCoreApplication>

namespace Stackdraft::Plugins {
namespace {

QString quoted(const QString &text)
{
    return HclWriter::string(text);
}

QString quotedList(const QStringList &texts)
{
    QStringList items;
    items.reserve(texts.size());
    for (const QString &text : texts)
        items << quoted(text);
    return HclWriter::list(items);
}

// A JSON policy document as an HCL object inside jsonencode(), one statement.
void policy(HclWriter &out, const QString &name, const QString &effectLine,
            const QStringList &actions, const QString &principalOrResource, bool assumeRole)
{
    out.openBare(name + QLatin1String(" = jsonencode({"));
    out.attribute(QStringLiteral("Version"), quoted(QStringLiteral("2012-10-17")));
    out.openBare(QStringLiteral("Statement = [{"));
    out.attribute(QStringLiteral("Effect"), quoted(effectLine));
    out.attribute(QStringLiteral("Action"),
                  actions.size() == 1 ? actions.first() : HclWriter::list(actions));
    if (assumeRole) {
        out.open(QStringLiteral("Principal ="));
        out.attribute(QStringLiteral("Service"), principalOrResource);
        out.close();
    } else {
        out.attribute(QStringLiteral("Resource"), principalOrResource);
    }
    out.close(QStringLiteral("}]"));
    out.close(QStringLiteral("})"));
}

} // namespace

void ComputeBlocks::write(const EcsPlan &plan, HclWriter &out)
{
    writeCluster(plan, out);
    writeIam(plan, out);
    writeParameters(plan, out);
    writeServices(plan, out);
}

void ComputeBlocks::writeCluster(const EcsPlan &plan, HclWriter &out)
{
    for (const EcsPlan::Service &s : plan.services) {
        if (!s.ecr)
            continue;
        out.comment(
            Core::generatedText("Image repository for %1, which this project builds.").arg(s.id));
        out.open(QStringLiteral("resource \"aws_ecr_repository\" \"%1\"").arg(s.ident));
        out.attribute(QStringLiteral("name"), quoted(plan.name + QLatin1Char('/') + s.id));
        out.attribute(QStringLiteral("image_tag_mutability"), quoted(QStringLiteral("MUTABLE")));
        out.blank();
        out.open(QStringLiteral("image_scanning_configuration"));
        out.attribute(QStringLiteral("scan_on_push"), QStringLiteral("true"));
        out.close();
        out.close();
        out.blank();
    }
    out.open(QStringLiteral("resource \"aws_ecs_cluster\" \"main\""));
    out.attribute(QStringLiteral("name"), QStringLiteral("local.name"));
    out.blank();
    out.open(QStringLiteral("setting"));
    out.attribute(QStringLiteral("name"), quoted(QStringLiteral("containerInsights")));
    out.attribute(QStringLiteral("value"), quoted(QStringLiteral("enabled")));
    out.close();
    out.close();
    out.blank();
    if (!plan.discoveryNamespace.isEmpty()) {
        out.comment(Core::generatedText(
                        "Private DNS names (<service>.%1) for the services other components call.")
                        .arg(plan.discoveryNamespace));
        out.open(
            QStringLiteral("resource \"aws_service_discovery_private_dns_namespace\" \"main\""));
        out.attribute(QStringLiteral("name"), quoted(plan.discoveryNamespace));
        out.attribute(QStringLiteral("vpc"), QStringLiteral("aws_vpc.main.id"));
        out.close();
        out.blank();
    }
}

void ComputeBlocks::writeIam(const EcsPlan &plan, HclWriter &out)
{
    out.comment(Core::generatedText("The role ECS uses to pull images, write logs and read this "
                                    "environment's SSM parameters."));
    out.open(QStringLiteral("resource \"aws_iam_role\" \"task_execution\""));
    out.attribute(QStringLiteral("name"),
                  quoted(EcsPlan::awsName(plan.name + QLatin1String("-task-execution"), 64)));
    policy(out, QStringLiteral("assume_role_policy"), QStringLiteral("Allow"),
           {quoted(QStringLiteral("sts:AssumeRole"))},
           quoted(QStringLiteral("ecs-tasks.amazonaws.com")), true);
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_iam_role_policy_attachment\" \"task_execution\""));
    out.attribute(QStringLiteral("role"), QStringLiteral("aws_iam_role.task_execution.name"));
    out.attribute(QStringLiteral("policy_arn"),
                  quoted(QStringLiteral(
                      "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")));
    out.close();
    out.blank();
    if (plan.hasParameters()) {
        QStringList arns;
        for (const EcsPlan::Parameter &p : plan.parameters)
            arns.append(QStringLiteral("aws_ssm_parameter.%1.arn").arg(p.ident));
        out.open(QStringLiteral("resource \"aws_iam_role_policy\" \"read_parameters\""));
        out.attribute(QStringLiteral("name"), quoted(QStringLiteral("read-parameters")));
        out.attribute(QStringLiteral("role"), QStringLiteral("aws_iam_role.task_execution.id"));
        policy(out, QStringLiteral("policy"), QStringLiteral("Allow"),
               {quoted(QStringLiteral("ssm:GetParameters"))}, HclWriter::list(arns), false);
        out.close();
        out.blank();
    }
    QStringList buckets;
    for (const EcsPlan::DataService &d : plan.data) {
        if (d.realisation.kind == Core::Realisation::Kind::S3)
            buckets << QStringLiteral("aws_s3_bucket.%1.arn").arg(d.ident)
                    << QStringLiteral("\"${aws_s3_bucket.%1.arn}/*\"").arg(d.ident);
    }
    const bool needsTaskRole
        = std::any_of(plan.services.cbegin(), plan.services.cend(), [](const EcsPlan::Service &s) {
              return s.usesObjectStorage && !s.volume.isSet();
          });
    const QStringList bucketActions
        = {quoted(QStringLiteral("s3:GetObject")), quoted(QStringLiteral("s3:PutObject")),
           quoted(QStringLiteral("s3:DeleteObject")), quoted(QStringLiteral("s3:ListBucket"))};
    if (needsTaskRole && !buckets.isEmpty()) {
        out.comment(Core::generatedText(
            "The role the containers themselves run as: read and write the project's buckets."));
        out.open(QStringLiteral("resource \"aws_iam_role\" \"task\""));
        out.attribute(QStringLiteral("name"),
                      quoted(EcsPlan::awsName(plan.name + QLatin1String("-task"), 64)));
        policy(out, QStringLiteral("assume_role_policy"), QStringLiteral("Allow"),
               {quoted(QStringLiteral("sts:AssumeRole"))},
               quoted(QStringLiteral("ecs-tasks.amazonaws.com")), true);
        out.close();
        out.blank();
        out.open(QStringLiteral("resource \"aws_iam_role_policy\" \"task_buckets\""));
        out.attribute(QStringLiteral("name"), quoted(QStringLiteral("buckets")));
        out.attribute(QStringLiteral("role"), QStringLiteral("aws_iam_role.task.id"));
        policy(out, QStringLiteral("policy"), QStringLiteral("Allow"), bucketActions,
               HclWriter::list(buckets), false);
        out.close();
        out.blank();
    }
    // A service whose data is on EFS runs as a role of its own, the one its file system's policy
    // lets mount it (StorageBlocks), allowed to mount and write that file system through its
    // access point alone; it reads and writes the buckets too when it uses them.
    for (const EcsPlan::Service &s : plan.services) {
        if (!s.volume.isSet())
            continue;
        const QString role = EcsPlan::serviceTaskRole(s);
        out.comment(Core::generatedText("The role %1's containers run as: mount and write its "
                                        "file system through its access point.")
                        .arg(s.id));
        out.open(QStringLiteral("resource \"aws_iam_role\" \"%1\"").arg(role));
        out.attribute(QStringLiteral("name"),
                      quoted(EcsPlan::awsName(
                          plan.name + QLatin1Char('-') + s.id + QLatin1String("-task"), 64)));
        policy(out, QStringLiteral("assume_role_policy"), QStringLiteral("Allow"),
               {quoted(QStringLiteral("sts:AssumeRole"))},
               quoted(QStringLiteral("ecs-tasks.amazonaws.com")), true);
        out.close();
        out.blank();
        out.open(QStringLiteral("resource \"aws_iam_role_policy\" \"%1_data\"").arg(s.ident));
        out.attribute(QStringLiteral("name"), quoted(QStringLiteral("data")));
        out.attribute(QStringLiteral("role"), QStringLiteral("aws_iam_role.%1.id").arg(role));
        out.openBare(QStringLiteral("policy = jsonencode({"));
        out.attribute(QStringLiteral("Version"), quoted(QStringLiteral("2012-10-17")));
        out.openBare(QStringLiteral("Statement = [{"));
        out.attribute(QStringLiteral("Effect"), quoted(QStringLiteral("Allow")));
        out.attribute(QStringLiteral("Action"),
                      HclWriter::list({quoted(QStringLiteral("elasticfilesystem:ClientMount")),
                                       quoted(QStringLiteral("elasticfilesystem:ClientWrite"))}));
        out.attribute(QStringLiteral("Resource"),
                      QStringLiteral("aws_efs_file_system.%1.arn").arg(s.ident));
        out.open(QStringLiteral("Condition ="));
        out.open(QStringLiteral("StringEquals ="));
        out.attribute(quoted(QStringLiteral("elasticfilesystem:AccessPointArn")),
                      QStringLiteral("aws_efs_access_point.%1.arn").arg(s.ident));
        out.close();
        out.close();
        out.close(QStringLiteral("}]"));
        out.close(QStringLiteral("})"));
        out.close();
        out.blank();
        if (s.usesObjectStorage && !buckets.isEmpty()) {
            out.open(
                QStringLiteral("resource \"aws_iam_role_policy\" \"%1_buckets\"").arg(s.ident));
            out.attribute(QStringLiteral("name"), quoted(QStringLiteral("buckets")));
            out.attribute(QStringLiteral("role"), QStringLiteral("aws_iam_role.%1.id").arg(role));
            policy(out, QStringLiteral("policy"), QStringLiteral("Allow"), bucketActions,
                   HclWriter::list(buckets), false);
            out.close();
            out.blank();
        }
    }
}

void ComputeBlocks::writeParameters(const EcsPlan &plan, HclWriter &out)
{
    if (!plan.hasParameters())
        return;
    out.comment(Core::generatedText(
        "Secrets as SSM SecureString parameters. Their values come from sensitive variables\n"
        "(TF_VAR_secret_...) and never appear in this code; containers read them through "
        "`secrets`."));
    for (const EcsPlan::Parameter &p : plan.parameters) {
        out.open(QStringLiteral("resource \"aws_ssm_parameter\" \"%1\"").arg(p.ident));
        out.attribute(QStringLiteral("name"), quoted(p.name));
        out.attribute(QStringLiteral("description"), quoted(p.description));
        out.attribute(QStringLiteral("type"), quoted(QStringLiteral("SecureString")));
        out.attribute(QStringLiteral("value"), p.value);
        out.close();
        out.blank();
    }
}

namespace {

// The name of the task volume holding a stateful service's data (TaskFiles names its own
// "files-<n>").
QString dataVolumeName()
{
    return QStringLiteral("data");
}

// One service's blocks, in the order main.tf lists them.
void writeLogGroup(const EcsPlan &plan, const EcsPlan::Service &s, HclWriter &out)
{
    out.open(QStringLiteral("resource \"aws_cloudwatch_log_group\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("name"),
                  quoted(QStringLiteral("/ecs/%1/%2").arg(plan.name, s.id)));
    out.attribute(QStringLiteral("retention_in_days"), QString::number(plan.logRetentionDays));
    out.close();
    out.blank();
}

// The task volume on the service's EFS file system (StorageBlocks), encrypted in transit and
// entered through its access point with IAM authorization: the task mounts as the service's own
// task role, the one principal the file system's policy lets in (and only its security group
// reaches the mount targets). ECS requires transit encryption with IAM authorization.
void writeDataVolume(const EcsPlan::Service &s, HclWriter &out)
{
    out.blank();
    out.open(QStringLiteral("volume"));
    out.attribute(QStringLiteral("name"), quoted(dataVolumeName()));
    out.blank();
    out.open(QStringLiteral("efs_volume_configuration"));
    out.attribute(QStringLiteral("file_system_id"),
                  QStringLiteral("aws_efs_file_system.%1.id").arg(s.ident));
    out.attribute(QStringLiteral("transit_encryption"), quoted(QStringLiteral("ENABLED")));
    out.blank();
    out.open(QStringLiteral("authorization_config"));
    out.attribute(QStringLiteral("access_point_id"),
                  QStringLiteral("aws_efs_access_point.%1.id").arg(s.ident));
    out.attribute(QStringLiteral("iam"), quoted(QStringLiteral("ENABLED")));
    out.close();
    out.close();
    out.close();
}

void writeDataMountPoint(const EcsPlan::Service &s, HclWriter &out)
{
    out.openBare(QStringLiteral("{"));
    out.attribute(QStringLiteral("sourceVolume"), quoted(dataVolumeName()));
    out.attribute(QStringLiteral("containerPath"), quoted(s.volume.path));
    out.attribute(QStringLiteral("readOnly"), QStringLiteral("false"));
    out.close(QStringLiteral("},"));
}

void writeTaskDefinition(const EcsPlan &plan, const EcsPlan::Service &s, const QString &taskRole,
                         HclWriter &out)
{
    const qint64 cpu = s.requested.effectiveCpu();
    const qint64 memory = s.requested.effectiveMemory();
    const QString size = Core::generatedText("Fargate task size %1 CPU units / %2 MiB")
                             .arg(s.size.cpuUnits)
                             .arg(s.size.memoryMiB);
    if (cpu <= 0 && memory <= 0)
        out.comment(
            Core::generatedText("%1: the smallest size; the design sets no resources.").arg(size));
    else if (s.sizeRounded)
        out.comment(
            Core::generatedText("%1: the smallest valid pair holding the %2 CPU and %3 memory "
                                "requested, rounded up.")
                .arg(size, Core::Quantity::humanCpu(cpu), Core::Quantity::humanMemory(memory)));
    else
        out.comment(Core::generatedText("%1, as requested.").arg(size));
    out.open(QStringLiteral("resource \"aws_ecs_task_definition\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("family"), quoted(plan.name + QLatin1Char('-') + s.id));
    out.attribute(QStringLiteral("requires_compatibilities"),
                  HclWriter::list({quoted(QStringLiteral("FARGATE"))}));
    out.attribute(QStringLiteral("network_mode"), quoted(QStringLiteral("awsvpc")));
    out.attribute(QStringLiteral("cpu"), quoted(QString::number(s.size.cpuUnits)));
    out.attribute(QStringLiteral("memory"), quoted(QString::number(s.size.memoryMiB)));
    out.attribute(QStringLiteral("execution_role_arn"),
                  QStringLiteral("aws_iam_role.task_execution.arn"));
    if (!taskRole.isEmpty())
        out.attribute(QStringLiteral("task_role_arn"),
                      QStringLiteral("aws_iam_role.%1.arn").arg(taskRole));
    out.blank();
    out.open(QStringLiteral("runtime_platform"));
    out.attribute(QStringLiteral("operating_system_family"), quoted(QStringLiteral("LINUX")));
    out.attribute(QStringLiteral("cpu_architecture"), quoted(QStringLiteral("X86_64")));
    out.close();
    const TaskFiles files(s);
    files.writeVolumes(out);
    if (s.volume.isSet())
        writeDataVolume(s, out);
    out.blank();
    auto writeLogs = [&](const QString &prefix) {
        out.open(QStringLiteral("logConfiguration ="));
        out.attribute(QStringLiteral("logDriver"), quoted(QStringLiteral("awslogs")));
        out.open(QStringLiteral("options ="));
        out.attribute(QStringLiteral("\"awslogs-group\""),
                      QStringLiteral("aws_cloudwatch_log_group.%1.name").arg(s.ident));
        out.attribute(QStringLiteral("\"awslogs-region\""), QStringLiteral("var.region"));
        out.attribute(QStringLiteral("\"awslogs-stream-prefix\""), quoted(prefix));
        out.close();
        out.close();
    };
    out.openBare(QStringLiteral("container_definitions = jsonencode(["));
    out.openBare(QStringLiteral("{"));
    out.attribute(QStringLiteral("name"), quoted(s.id));
    out.attribute(QStringLiteral("image"), s.image);
    out.attribute(QStringLiteral("essential"), QStringLiteral("true"));
    if (!s.entryPoint.isEmpty())
        out.attribute(QStringLiteral("entryPoint"), quotedList(s.entryPoint));
    if (!s.command.isEmpty())
        out.attribute(QStringLiteral("command"), quotedList(s.command));
    if (!s.ports.isEmpty()) {
        out.openBare(QStringLiteral("portMappings = ["));
        for (int port : s.ports) {
            out.openBare(QStringLiteral("{"));
            out.attribute(QStringLiteral("containerPort"), QString::number(port));
            out.attribute(QStringLiteral("protocol"), quoted(QStringLiteral("tcp")));
            out.close(QStringLiteral("},"));
        }
        out.close(QStringLiteral("]"));
    }
    auto pairs
        = [&](const QString &key, const QList<EcsPlan::Env> &entries, const QString &valueKey) {
              if (entries.isEmpty())
                  return;
              out.openBare(key + QLatin1String(" = ["));
              for (const EcsPlan::Env &e : entries) {
                  out.openBare(QStringLiteral("{"));
                  out.attribute(QStringLiteral("name"), quoted(e.name));
                  out.attribute(valueKey, e.value);
                  out.close(QStringLiteral("},"));
              }
              out.close(QStringLiteral("]"));
          };
    pairs(QStringLiteral("environment"), s.environment, QStringLiteral("value"));
    pairs(QStringLiteral("secrets"), s.secrets, QStringLiteral("valueFrom"));
    if (!s.containerHealth.isEmpty()) {
        QStringList command {quoted(QStringLiteral("CMD"))};
        for (const QString &arg : s.containerHealth)
            command << quoted(arg);
        out.open(QStringLiteral("healthCheck ="));
        out.attribute(QStringLiteral("command"), HclWriter::list(command));
        out.attribute(QStringLiteral("interval"), QStringLiteral("30"));
        out.attribute(QStringLiteral("timeout"), QStringLiteral("5"));
        out.attribute(QStringLiteral("retries"), QStringLiteral("3"));
        out.attribute(QStringLiteral("startPeriod"), QStringLiteral("30"));
        out.close();
    }
    if (!files.isEmpty())
        files.writeServiceDependency(out);
    if (!files.isEmpty() || s.volume.isSet()) {
        out.openBare(QStringLiteral("mountPoints = ["));
        files.writeServiceMountPoints(out);
        if (s.volume.isSet())
            writeDataMountPoint(s, out);
        out.close(QStringLiteral("]"));
    }
    writeLogs(s.id);
    out.close(QStringLiteral("},"));
    if (!files.isEmpty())
        files.writeInitContainer(out, writeLogs);
    out.close(QStringLiteral("])"));
    out.close();
    out.blank();
}

void writeDiscovery(const EcsPlan::Service &s, HclWriter &out)
{
    out.open(QStringLiteral("resource \"aws_service_discovery_service\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("name"), quoted(s.id));
    out.blank();
    out.open(QStringLiteral("dns_config"));
    out.attribute(QStringLiteral("namespace_id"),
                  QStringLiteral("aws_service_discovery_private_dns_namespace.main.id"));
    out.attribute(QStringLiteral("routing_policy"), quoted(QStringLiteral("MULTIVALUE")));
    out.blank();
    out.open(QStringLiteral("dns_records"));
    out.attribute(QStringLiteral("type"), quoted(QStringLiteral("A")));
    out.attribute(QStringLiteral("ttl"), QStringLiteral("10"));
    out.close();
    out.close();
    out.close();
    out.blank();
}

void writeService(const EcsPlan &plan, const EcsPlan::Service &s, HclWriter &out)
{
    out.open(QStringLiteral("resource \"aws_ecs_service\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("name"), quoted(s.id));
    out.attribute(QStringLiteral("cluster"), QStringLiteral("aws_ecs_cluster.main.id"));
    out.attribute(QStringLiteral("task_definition"),
                  QStringLiteral("aws_ecs_task_definition.%1.arn").arg(s.ident));
    out.attribute(QStringLiteral("desired_count"), QString::number(s.desiredCount));
    out.attribute(QStringLiteral("launch_type"), quoted(QStringLiteral("FARGATE")));
    // EFS volumes need platform version 1.4.0 or later; LATEST is one.
    if (s.volume.isSet())
        out.attribute(QStringLiteral("platform_version"), quoted(QStringLiteral("LATEST")));
    // Rolling updates that never drop below the running count; a service that keeps its data on
    // EFS stops its old task first, as a StatefulSet does, so two never write the same files.
    const bool oneAtATime = s.volume.isSet();
    out.attribute(QStringLiteral("deployment_minimum_healthy_percent"),
                  oneAtATime ? QStringLiteral("0") : QStringLiteral("100"));
    out.attribute(QStringLiteral("deployment_maximum_percent"),
                  oneAtATime ? QStringLiteral("100") : QStringLiteral("200"));
    out.blank();
    out.open(QStringLiteral("network_configuration"));
    out.attribute(QStringLiteral("subnets"),
                  plan.privateTasks ? QStringLiteral("aws_subnet.private[*].id")
                                    : QStringLiteral("aws_subnet.public[*].id"));
    out.attribute(QStringLiteral("security_groups"),
                  QStringLiteral("[aws_security_group.%1.id]").arg(s.ident));
    out.attribute(QStringLiteral("assign_public_ip"),
                  plan.privateTasks ? QStringLiteral("false") : QStringLiteral("true"));
    out.close();
    if (s.targeted) {
        out.blank();
        out.open(QStringLiteral("load_balancer"));
        out.attribute(QStringLiteral("target_group_arn"),
                      QStringLiteral("aws_lb_target_group.%1.arn").arg(s.ident));
        out.attribute(QStringLiteral("container_name"), quoted(s.id));
        out.attribute(QStringLiteral("container_port"), QString::number(s.ports.first()));
        out.close();
    }
    if (!s.discoveryName.isEmpty()) {
        out.blank();
        out.open(QStringLiteral("service_registries"));
        out.attribute(QStringLiteral("registry_arn"),
                      QStringLiteral("aws_service_discovery_service.%1.arn").arg(s.ident));
        out.close();
    }
    // Tasks start once their listener rules route to them and their file system can be mounted.
    QStringList dependencies;
    if (s.targeted) {
        for (const QString &rule : s.rules)
            dependencies << QStringLiteral("aws_lb_listener_rule.%1").arg(rule);
    }
    if (s.volume.isSet())
        dependencies << QStringLiteral("aws_efs_mount_target.%1").arg(s.ident)
                     << QStringLiteral("aws_efs_file_system_policy.%1").arg(s.ident);
    if (!dependencies.isEmpty()) {
        out.blank();
        out.attribute(QStringLiteral("depends_on"), HclWriter::list(dependencies));
    }
    if (s.autoscaling.enabled) {
        out.blank();
        out.comment(Core::generatedText("The autoscaling policies own the running count."));
        out.open(QStringLiteral("lifecycle"));
        out.attribute(QStringLiteral("ignore_changes"), QStringLiteral("[desired_count]"));
        out.close();
    }
    out.close();
    out.blank();
}

// One task per `messagesPerReplica` messages ready on the queue, as KEDA's QueueLength does on
// Kubernetes: a StepScaling policy setting the exact task count from Amazon MQ's MessageCount
// (at most 20 steps spread between min and max), invoked by an alarm that holds while the queue has
// any backlog (Application Auto Scaling re-invokes a step policy every minute while its alarm
// stays in ALARM).
void writeQueueScaling(const EcsPlan &plan, const EcsPlan::Service &s, HclWriter &out)
{
    const Core::QueueTrigger &q = s.autoscaling.queue;
    const int low = std::max(1, s.autoscaling.minReplicas);
    const int high = std::max(low, s.autoscaling.maxReplicas);
    const int steps = std::min(high - low + 1, 20);
    const QString policy = s.ident + QLatin1String("_queue");
    out.comment(
        Core::generatedText("%1: one task per %2 messages ready on queue %3, %4 to %5 tasks.")
            .arg(s.id, QString::number(q.messagesPerReplica), q.name, QString::number(low),
                 QString::number(high)));
    out.open(QStringLiteral("resource \"aws_appautoscaling_policy\" \"%1\"").arg(policy));
    out.attribute(QStringLiteral("name"),
                  quoted(QStringLiteral("%1-%2-queue").arg(plan.name, s.id)));
    out.attribute(QStringLiteral("policy_type"), quoted(QStringLiteral("StepScaling")));
    out.attribute(QStringLiteral("service_namespace"),
                  QStringLiteral("aws_appautoscaling_target.%1.service_namespace").arg(s.ident));
    out.attribute(QStringLiteral("scalable_dimension"),
                  QStringLiteral("aws_appautoscaling_target.%1.scalable_dimension").arg(s.ident));
    out.attribute(QStringLiteral("resource_id"),
                  QStringLiteral("aws_appautoscaling_target.%1.resource_id").arg(s.ident));
    out.blank();
    out.open(QStringLiteral("step_scaling_policy_configuration"));
    out.attribute(QStringLiteral("adjustment_type"), quoted(QStringLiteral("ExactCapacity")));
    out.attribute(QStringLiteral("cooldown"), QStringLiteral("60"));
    out.attribute(QStringLiteral("metric_aggregation_type"), quoted(QStringLiteral("Average")));
    int previous = 0;
    for (int j = 0; j < steps; ++j) {
        const int tasks
            = steps == 1 ? low : low + (j * (high - low) + (steps - 1) / 2) / (steps - 1);
        out.blank();
        out.open(QStringLiteral("step_adjustment"));
        out.attribute(QStringLiteral("metric_interval_lower_bound"),
                      QString::number(qint64(previous) * q.messagesPerReplica));
        if (j + 1 < steps)
            out.attribute(QStringLiteral("metric_interval_upper_bound"),
                          QString::number(qint64(tasks) * q.messagesPerReplica));
        out.attribute(QStringLiteral("scaling_adjustment"), QString::number(tasks));
        out.close();
        previous = tasks;
    }
    out.close();
    out.close();
    out.blank();
    out.open(QStringLiteral("resource \"aws_cloudwatch_metric_alarm\" \"%1\"").arg(policy));
    out.attribute(QStringLiteral("alarm_name"),
                  quoted(QStringLiteral("%1-%2-queue").arg(plan.name, s.id)));
    out.attribute(
        QStringLiteral("alarm_description"),
        quoted(Core::generatedText("Messages ready on queue %1: scales %2.").arg(q.name, s.id)));
    out.attribute(QStringLiteral("namespace"), quoted(s.queueNamespace));
    out.attribute(QStringLiteral("metric_name"), quoted(s.queueMetric));
    out.attribute(QStringLiteral("statistic"), quoted(QStringLiteral("Average")));
    out.attribute(QStringLiteral("period"), QStringLiteral("60"));
    out.attribute(QStringLiteral("evaluation_periods"), QStringLiteral("1"));
    out.attribute(QStringLiteral("comparison_operator"),
                  quoted(QStringLiteral("GreaterThanOrEqualToThreshold")));
    out.attribute(QStringLiteral("threshold"), QStringLiteral("0"));
    out.attribute(QStringLiteral("treat_missing_data"), quoted(QStringLiteral("notBreaching")));
    out.attribute(QStringLiteral("alarm_actions"),
                  QStringLiteral("[aws_appautoscaling_policy.%1.arn]").arg(policy));
    out.blank();
    out.open(QStringLiteral("dimensions ="));
    out.attribute(QStringLiteral("Broker"),
                  QStringLiteral("aws_mq_broker.%1.broker_name").arg(s.queueBroker));
    out.attribute(QStringLiteral("VirtualHost"), quoted(QStringLiteral("/")));
    out.attribute(QStringLiteral("Queue"), quoted(q.name));
    out.close();
    out.close();
    out.blank();
}

void writeAutoscaling(const EcsPlan &plan, const EcsPlan::Service &s, HclWriter &out)
{
    out.open(QStringLiteral("resource \"aws_appautoscaling_target\" \"%1\"").arg(s.ident));
    out.attribute(QStringLiteral("service_namespace"), quoted(QStringLiteral("ecs")));
    out.attribute(QStringLiteral("scalable_dimension"),
                  quoted(QStringLiteral("ecs:service:DesiredCount")));
    out.attribute(
        QStringLiteral("resource_id"),
        QStringLiteral("\"service/${aws_ecs_cluster.main.name}/${aws_ecs_service.%1.name}\"")
            .arg(s.ident));
    out.attribute(QStringLiteral("min_capacity"),
                  QString::number(std::max(1, s.autoscaling.minReplicas)));
    out.attribute(QStringLiteral("max_capacity"),
                  QString::number(
                      std::max(s.autoscaling.maxReplicas, std::max(1, s.autoscaling.minReplicas))));
    out.close();
    out.blank();
    const QList<std::pair<QString, int>> targets = {
        {QStringLiteral("ECSServiceAverageCPUUtilization"), s.autoscaling.cpuTargetPercent},
        {QStringLiteral("ECSServiceAverageMemoryUtilization"), s.autoscaling.memoryTargetPercent}};
    for (const auto &[metric, percent] : targets) {
        if (percent <= 0)
            continue;
        const QString which = metric.contains(QLatin1String("CPU")) ? QStringLiteral("cpu")
                                                                    : QStringLiteral("memory");
        out.open(
            QStringLiteral("resource \"aws_appautoscaling_policy\" \"%1_%2\"").arg(s.ident, which));
        out.attribute(QStringLiteral("name"),
                      quoted(QStringLiteral("%1-%2-%3").arg(plan.name, s.id, which)));
        out.attribute(QStringLiteral("policy_type"),
                      quoted(QStringLiteral("TargetTrackingScaling")));
        out.attribute(
            QStringLiteral("service_namespace"),
            QStringLiteral("aws_appautoscaling_target.%1.service_namespace").arg(s.ident));
        out.attribute(
            QStringLiteral("scalable_dimension"),
            QStringLiteral("aws_appautoscaling_target.%1.scalable_dimension").arg(s.ident));
        out.attribute(QStringLiteral("resource_id"),
                      QStringLiteral("aws_appautoscaling_target.%1.resource_id").arg(s.ident));
        out.blank();
        out.open(QStringLiteral("target_tracking_scaling_policy_configuration"));
        out.attribute(QStringLiteral("target_value"), QString::number(percent));
        out.blank();
        out.open(QStringLiteral("predefined_metric_specification"));
        out.attribute(QStringLiteral("predefined_metric_type"), quoted(metric));
        out.close();
        out.close();
        out.close();
        out.blank();
    }
    if (!s.queueBroker.isEmpty())
        writeQueueScaling(plan, s, out);
}

} // namespace

void ComputeBlocks::writeServices(const EcsPlan &plan, HclWriter &out)
{
    const bool taskRole = std::any_of(plan.services.cbegin(), plan.services.cend(),
                                      [](const EcsPlan::Service &s) {
                                          return s.usesObjectStorage && !s.volume.isSet();
                                      })
        && std::any_of(plan.data.cbegin(), plan.data.cend(), [](const EcsPlan::DataService &d) {
                              return d.realisation.kind == Core::Realisation::Kind::S3;
                          });
    for (const EcsPlan::Service &s : plan.services) {
        out.comment(Core::generatedText("%1 (%2)").arg(s.label, s.sourceImage));
        writeLogGroup(plan, s, out);
        // A service with data on EFS has a role of its own (writeIam); others share "task" when
        // they use the buckets.
        const QString role = s.volume.isSet() ? EcsPlan::serviceTaskRole(s)
            : taskRole && s.usesObjectStorage ? QStringLiteral("task")
                                              : QString();
        writeTaskDefinition(plan, s, role, out);
        if (!s.discoveryName.isEmpty())
            writeDiscovery(s, out);
        writeService(plan, s, out);
        if (s.autoscaling.enabled)
            writeAutoscaling(plan, s, out);
    }
}

} // namespace Stackdraft::Plugins
