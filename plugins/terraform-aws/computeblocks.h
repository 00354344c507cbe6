#pragma once

namespace Stackdraft::Plugins {

class HclWriter;
struct EcsPlan;

// main.tf's compute: ECR repositories for the images we build, the ECS cluster, Cloud Map names for
// the services others call, the task execution role (ECR, logs, SSM), SSM SecureString parameters,
// CloudWatch log groups, Fargate task definitions, ECS services and their autoscaling.
class ComputeBlocks final
{
public:
    static void write(const EcsPlan &plan, HclWriter &out);

private:
    static void writeCluster(const EcsPlan &plan, HclWriter &out);
    static void writeIam(const EcsPlan &plan, HclWriter &out);
    static void writeParameters(const EcsPlan &plan, HclWriter &out);
    static void writeServices(const EcsPlan &plan, HclWriter &out);
};

} // namespace Stackdraft::Plugins
