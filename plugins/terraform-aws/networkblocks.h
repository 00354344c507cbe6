#pragma once

namespace Stackdraft::Plugins {

class HclWriter;
struct EcsPlan;

// main.tf's network: VPC, two public subnets in two zones (two private ones when managed data
// services need them), internet gateway and routes, one security group per component with only the
// ports its callers need (and one for the EFS mount targets of each stateful service, open to NFS
// from that service alone), and the Application Load Balancer with one rule per route of the
// environment's public entries (EcsPlan::routes).
class NetworkBlocks final
{
public:
    static void write(const EcsPlan &plan, HclWriter &out);

private:
    static void writeVpc(const EcsPlan &plan, HclWriter &out);
    static void writeSecurityGroups(const EcsPlan &plan, HclWriter &out);
    static void writeLoadBalancer(const EcsPlan &plan, HclWriter &out);
    static void writeTargetGroups(const EcsPlan &plan, HclWriter &out);
    static void writeListeners(const EcsPlan &plan, HclWriter &out);
    static void writeListenerRules(const EcsPlan &plan, HclWriter &out);
};

} // namespace Stackdraft::Plugins
