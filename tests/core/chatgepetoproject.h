#pragma once

#include "core/model/project.h"
#include "core/model/quantity.h"

// The production environment of examples/chatgepeto.stackdraft.yaml built in code, so the cost and
// validation tests do not depend on the project-file reader. tst_cost also checks that the example
// file reads back to this same production environment when the reader is available.
inline Stackdraft::Core::Project chatgepetoProject()
{
    using namespace Stackdraft::Core;
    auto s = [](const char *t) { return QString::fromUtf8(t); };
    Project p;
    p.name = s("chatgepeto");
    p.disabledRules = {s("SD-MIN-RESOURCES")};
    Component frontend {.id = s("frontend"),
                        .type = s("web-frontend"),
                        .image = s("chatgepeto/frontend:latest"),
                        .build = s("./frontend")};
    frontend.ports = {Port {3000, 3000, s("TCP"), s("http")}};
    frontend.env = {EnvVar::literal(s("NEXT_PUBLIC_API_URL"), s("/api")),
                    EnvVar::reference(s("API_BASE_URL"), s("backend"))};
    frontend.properties = {{s("healthPath"), s("/")}};
    Component backend {.id = s("backend"),
                       .type = s("backend-service"),
                       .image = s("chatgepeto/backend:latest"),
                       .build = s("./backend")};
    backend.command = {s("gunicorn")};
    backend.args = {s("--bind"), s("0.0.0.0:8000"), s("--workers"), s("2"), s("app:app")};
    backend.ports = {Port {8000, 8000, s("TCP"), s("http")}};
    backend.env = {EnvVar::secretRef(s("GROQ_API_KEY"), s("groq-api-key")),
                   EnvVar::reference(s("GROQ_API_URL"), s("groq"))};
    backend.properties = {{s("healthPath"), s("/api/health")}};
    p.components = {Component {.id = s("end-users"), .type = s("end-users")},
                    Component {.id = s("alb"), .type = s("load-balancer")},
                    frontend,
                    backend,
                    Component {.id = s("groq"), .type = s("external-service")},
                    Component {.id = s("cloudwatch"), .type = s("log-pipeline")}};
    p.connections = {{s("end-users"), s("alb"), s("HTTPS"), 0},
                     {s("alb"), s("backend"), s("/api/*"), 0},
                     {s("alb"), s("frontend"), s("/*"), 0},
                     {s("frontend"), s("backend"), s("API calls"), 0},
                     {s("backend"), s("groq"), s("LLM calls"), 0},
                     {s("backend"), s("cloudwatch"), s("logs"), 0},
                     {s("frontend"), s("cloudwatch"), s("logs"), 0}};
    Environment prod {.id = s("production"),
                      .label = s("Production"),
                      .platform = Platform::AwsEcs,
                      .region = s("us-east-1"),
                      .priceBook = s("aws-us-east-1"),
                      .networkCidr = s("10.0.0.0/16")};
    prod.budget = {2000, 4 * Quantity::Gi, 90};
    prod.usage = {10, 1, 7, 1, 0.5, 0};
    const Exposure site {true, s("chatgepeto.example.com"), {}, true};
    auto service = [&](const char *id, const char *path) {
        Deployment d {.component = s(id), .replicas = 2};
        d.resources.cpuRequest = 250;
        d.resources.memoryRequest = 512 * Quantity::Mi;
        d.exposure = site;
        d.exposure.path = s(path);
        return d;
    };
    Deployment alb {.component = s("alb")};
    alb.exposure = site;
    prod.deployments = {Deployment {.component = s("end-users")},
                        alb,
                        service("frontend", "/"),
                        service("backend", "/api"),
                        Deployment {.component = s("groq")},
                        Deployment {.component = s("cloudwatch")}};
    p.environments = {prod};
    return p;
}
