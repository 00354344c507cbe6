<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CostEngine</name>
    <message>
        <location filename="../../../src/core/cost/costbuilder.cpp" line="58"/>
        <source>the price book &apos;%1&apos; has no price for it</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço para isso</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/costengine.cpp" line="30"/>
        <source>no price book &apos;%1&apos; is installed</source>
        <translation>nenhuma tabela de preços &apos;%1&apos; está instalada</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/costengine.cpp" line="36"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="25"/>
        <source>compute</source>
        <translation>computação</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="27"/>
        <source>the price book &apos;%1&apos; prices no compute</source>
        <translation>a tabela de preços &apos;%1&apos; não precifica computação</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="40"/>
        <source>billed as the Fargate size %1 / %2 that holds the request</source>
        <translation>cobrado como o tamanho Fargate %1 / %2 que comporta a requisição</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="51"/>
        <source>%1 replicas at rest; autoscaling up to %2 adds cost with load</source>
        <translation>%1 réplicas em repouso; o escalonamento automático até %2 aumenta o custo com a carga</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="56"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="59"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="61"/>
        <source>memory</source>
        <translation>memória</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="65"/>
        <source>persistent volume</source>
        <translation>volume persistente</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="102"/>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="106"/>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="145"/>
        <source>storage</source>
        <translation>armazenamento</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="103"/>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="146"/>
        <source>the price book &apos;%1&apos; has no storage price for %2</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço de armazenamento para %2</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="117"/>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="198"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="127"/>
        <source>the price book &apos;%1&apos; has no price for %2 (%3), the class built for it</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço para %2 (%3), a classe construída para ele</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="133"/>
        <source>%1 and %2 asked for</source>
        <translation>%1 e %2 pedidos</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="138"/>
        <source>%1: the smallest %2 class that holds them</source>
        <translation>%1: a menor classe %2 que os comporta</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="140"/>
        <source>%1: no %2 class holds them; the largest</source>
        <translation>%1: nenhuma classe %2 os comporta; a maior</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="159"/>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="188"/>
        <source>instance</source>
        <translation>instância</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="160"/>
        <source>the price book &apos;%1&apos; has no instance prices for &apos;%2&apos; (%3)</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preços de instância para &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="189"/>
        <source>no %1 instance class in &apos;%2&apos; holds %3 / %4 (%5)</source>
        <translation>nenhuma classe de instância %1 em &apos;%2&apos; comporta %3 / %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="192"/>
        <source>replicated</source>
        <translation>replicado</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="193"/>
        <source>single</source>
        <translation>único</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="201"/>
        <source>smallest %1 class with at least %2 and %3</source>
        <translation>menor classe %1 com pelo menos %2 e %3</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="211"/>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="48"/>
        <source>load balancer hours</source>
        <translation>horas de balanceador de carga</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="215"/>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="51"/>
        <source>capacity units</source>
        <translation>unidades de capacidade</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="217"/>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="53"/>
        <source>%1 LCU on average (usage assumption)</source>
        <translation>%1 LCU em média (premissa de uso)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="222"/>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="54"/>
        <source>public IPv4 addresses</source>
        <translation>endereços IPv4 públicos</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="224"/>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="56"/>
        <source>internet-facing, one address in each of 2 availability zones</source>
        <translation>voltado à internet, um endereço em cada uma de 2 zonas de disponibilidade</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="248"/>
        <source>stored data</source>
        <translation>dados armazenados</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="250"/>
        <source>%1 GB stored (usage assumption)</source>
        <translation>%1 GB armazenados (premissa de uso)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="258"/>
        <source>web ACL</source>
        <translation>ACL web</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="260"/>
        <source>requests inspected are not estimated (no request-rate assumption)</source>
        <translation>as requisições inspecionadas não são estimadas (não há premissa de taxa de requisições)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/componentcosts.cpp" line="265"/>
        <source>rules</source>
        <translation>regras</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="47"/>
        <source>an ALB serves the public entry points</source>
        <translation>um ALB atende os pontos de entrada públicos</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="68"/>
        <source>NAT gateway hours</source>
        <translation>horas de NAT gateway</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="70"/>
        <source>private subnets reach the internet through one NAT gateway</source>
        <translation>as sub-redes privadas acessam a internet por um NAT gateway</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="72"/>
        <source>NAT gateway data processed</source>
        <translation>dados processados pelo NAT gateway</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="74"/>
        <source>%1 GB out per month (usage assumption)</source>
        <translation>%1 GB de saída por mês (premissa de uso)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="76"/>
        <source>NAT gateway public IPv4 address</source>
        <translation>endereço IPv4 público do NAT gateway</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="87"/>
        <source>task public IPv4 addresses</source>
        <translation>endereços IPv4 públicos das tarefas</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="89"/>
        <source>%1 tasks in public subnets, one address each</source>
        <translation>%1 tarefas em sub-redes públicas, um endereço cada</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="104"/>
        <source>image repositories</source>
        <translation>repositórios de imagens</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="106"/>
        <source>%1 repositories x %2 GB of images (usage assumption)</source>
        <translation>%1 repositórios x %2 GB de imagens (premissa de uso)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="119"/>
        <source>log ingestion</source>
        <translation>ingestão de logs</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="121"/>
        <source>%1 GB of logs per month (usage assumption)</source>
        <translation>%1 GB de logs por mês (premissa de uso)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="126"/>
        <source>log storage</source>
        <translation>armazenamento de logs</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="128"/>
        <source>%1 days retained: %2 GB x %1 / %3 days</source>
        <translation>%1 dias retidos: %2 GB x %1 / %3 dias</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="140"/>
        <source>%1 GB out per month (usage assumption); the 100 GB monthly free allowance is account-wide and not deducted</source>
        <translation>%1 GB de saída por mês (premissa de uso); a franquia gratuita mensal de 100 GB vale para a conta inteira e não é descontada</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="147"/>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="150"/>
        <source>data transfer out</source>
        <translation>transferência de dados de saída</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/environmentcosts.cpp" line="175"/>
        <source>Kubernetes control plane</source>
        <translation>plano de controle do Kubernetes</translation>
    </message>
</context>
<context>
    <name>PriceBook</name>
    <message>
        <location filename="../../../src/core/cost/pricebookstrings.cpp" line="9"/>
        <source>AWS sa-east-1 (São Paulo) — partial</source>
        <translation>AWS sa-east-1 (São Paulo) — parcial</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/pricebookstrings.cpp" line="11"/>
        <source>AWS us-east-1 (N. Virginia)</source>
        <translation>AWS us-east-1 (Norte da Virgínia)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/pricebookstrings.cpp" line="13"/>
        <source>Self-hosted (prices nothing)</source>
        <translation>Hospedagem própria (não precifica nada)</translation>
    </message>
    <message>
        <location filename="../../../src/core/cost/pricebookstrings.cpp" line="14"/>
        <source>Self-hosted environments run on machines whose cost Stackdraft does not know; this book prices nothing.</source>
        <translation>Ambientes de hospedagem própria rodam em máquinas cujo custo o Stackdraft não conhece; esta tabela não precifica nada.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Plugins::ArchitectureDocument</name>
    <message>
        <location filename="../architecturedocument.cpp" line="50"/>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="52"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="54"/>
        <source>AWS ECS Fargate</source>
        <translation>AWS ECS Fargate</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="62"/>
        <source>%1 architecture</source>
        <translation>Arquitetura de %1</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="65"/>
        <source>Generated by Stackdraft from the design of %1. Change the design and export again rather than editing this file.</source>
        <translation>Gerado pelo Stackdraft a partir do projeto %1. Altere o projeto e exporte de novo em vez de editar este arquivo.</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="88"/>
        <source>Objectives per environment</source>
        <translation>Objetivos por ambiente</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="90"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="90"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="91"/>
        <source>Main objective</source>
        <translation>Objetivo principal</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="92"/>
        <source>Security and compliance profile</source>
        <translation>Perfis de segurança e compliance</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="109"/>
        <source>built from %1</source>
        <translation>construída a partir de %1</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="135"/>
        <source>as used</source>
        <translation>conforme uso</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="171"/>
        <source>%1 (secret)</source>
        <translation>%1 (segredo)</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="180"/>
        <source>Components and resources</source>
        <translation>Componentes e recursos</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="182"/>
        <location filename="../architecturedocument.cpp" line="262"/>
        <location filename="../architecturedocument.cpp" line="358"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="182"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="182"/>
        <source>Base image</source>
        <translation>Imagem base</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="183"/>
        <source>Minimum resources (CPU/RAM)</source>
        <translation>Recursos mínimos (CPU/RAM)</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="184"/>
        <source>Critical environment variables</source>
        <translation>Variáveis de ambiente críticas</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="191"/>
        <source>Component diagram</source>
        <translation>Diagrama de componentes</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="193"/>
        <source>Deployment diagram</source>
        <translation>Diagrama de deployment</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="201"/>
        <source>Resources per environment</source>
        <translation>Recursos por ambiente</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="257"/>
        <location filename="../architecturedocument.cpp" line="356"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="262"/>
        <source>Runs as</source>
        <translation>Executa como</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="263"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="263"/>
        <source>CPU request / limit</source>
        <translation>CPU request / limit</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="264"/>
        <source>Memory request / limit</source>
        <translation>Memória request / limit</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="264"/>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="271"/>
        <source>Budget: %1 and %2. Requests at the minimum replica count use %3% of the CPU and %4% of the memory budget.</source>
        <translation>Orçamento: %1 e %2. Os requests, no número mínimo de réplicas, usam %3% do orçamento de CPU e %4% do de memória.</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="282"/>
        <source>Limits reach %1% and %2%.</source>
        <translation>Os limits chegam a %1% e %2%.</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="287"/>
        <source>**Over budget.**</source>
        <translation>**Acima do orçamento.**</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="295"/>
        <source>Monthly cost per environment</source>
        <translation>Custo mensal por ambiente</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="297"/>
        <source>Prices in USD, 730 hours a month; each price carries its source and date in the price book.</source>
        <translation>Preços em USD, 730 horas por mês; cada preço tem fonte e data na tabela de preços.</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="331"/>
        <source>Price book: %1.</source>
        <translation>Tabela de preços: %1.</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="343"/>
        <source>Environment-wide</source>
        <translation>Todo o ambiente</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="354"/>
        <source>unpriced</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="358"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="359"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="359"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="360"/>
        <source>Monthly cost</source>
        <translation>Custo mensal</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="365"/>
        <source>Budget: %1 per month.</source>
        <translation>Orçamento: %1 por mês.</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="368"/>
        <source>Over budget by %1.</source>
        <translation>Acima do orçamento em %1.</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="371"/>
        <source>%1 of the total depends on usage assumptions (traffic, logs, load-balancer capacity, scaling).</source>
        <translation>%1 do total depende de premissas de uso (tráfego, logs, capacidade do load balancer, escala).</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="375"/>
        <source>%1 items have no price in the book and are left out of the total.</source>
        <translation>%1 itens sem preço na tabela ficaram fora do total.</translation>
    </message>
    <message>
        <location filename="../architecturedocument.cpp" line="378"/>
        <source>In %1 at %2 per USD: %3.</source>
        <translation>Em %1 a %2 por USD: %3.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Plugins::MarkdownExporter</name>
    <message>
        <location filename="../markdownexporter.cpp" line="16"/>
        <source>Architecture document (Markdown)</source>
        <translation>Documento de arquitetura (Markdown)</translation>
    </message>
    <message>
        <location filename="../markdownexporter.cpp" line="28"/>
        <source>The Markdown exporter needs a component catalog and price books.</source>
        <translation>O exportador Markdown precisa de um catálogo de componentes e de tabelas de preços.</translation>
    </message>
    <message>
        <location filename="../markdownexporter.cpp" line="30"/>
        <source>The project has no environment &apos;%1&apos;.</source>
        <translation>O projeto não tem o ambiente &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../markdownexporter.cpp" line="34"/>
        <source>The architecture document is not available in &apos;%1&apos;; use &quot;en&quot; or &quot;pt_BR&quot;.</source>
        <translation>O documento de arquitetura não está disponível em &apos;%1&apos;; use &quot;en&quot; ou &quot;pt_BR&quot;.</translation>
    </message>
</context>
</TS>
