<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CostEngine</name>
    <message>
        <source>the price book &apos;%1&apos; has no price for it</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço para isso</translation>
    </message>
    <message>
        <source>no price book &apos;%1&apos; is installed</source>
        <translation>nenhuma tabela de preços &apos;%1&apos; está instalada</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>computação</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; prices no compute</source>
        <translation>a tabela de preços &apos;%1&apos; não precifica computação</translation>
    </message>
    <message>
        <source>billed as the Fargate size %1 / %2 that holds the request</source>
        <translation>cobrado como o tamanho Fargate %1 / %2 que comporta a requisição</translation>
    </message>
    <message>
        <source>%1 replicas at rest; autoscaling up to %2 adds cost with load</source>
        <translation>%1 réplicas em repouso; o escalonamento automático até %2 aumenta o custo com a carga</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memória</translation>
    </message>
    <message>
        <source>persistent volume</source>
        <translation>volume persistente</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>armazenamento</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; has no storage price for %2</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço de armazenamento para %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; has no price for %2 (%3), the class built for it</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço para %2 (%3), a classe construída para ele</translation>
    </message>
    <message>
        <source>%1 and %2 asked for</source>
        <translation>%1 e %2 pedidos</translation>
    </message>
    <message>
        <source>%1: the smallest %2 class that holds them</source>
        <translation>%1: a menor classe %2 que os comporta</translation>
    </message>
    <message>
        <source>%1: no %2 class holds them; the largest</source>
        <translation>%1: nenhuma classe %2 os comporta; a maior</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instância</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; has no instance prices for &apos;%2&apos; (%3)</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preços de instância para &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>no %1 instance class in &apos;%2&apos; holds %3 / %4 (%5)</source>
        <translation>nenhuma classe de instância %1 em &apos;%2&apos; comporta %3 / %4 (%5)</translation>
    </message>
    <message>
        <source>replicated</source>
        <translation>replicado</translation>
    </message>
    <message>
        <source>single</source>
        <translation>único</translation>
    </message>
    <message>
        <source>smallest %1 class with at least %2 and %3</source>
        <translation>menor classe %1 com pelo menos %2 e %3</translation>
    </message>
    <message>
        <source>load balancer hours</source>
        <translation>horas de balanceador de carga</translation>
    </message>
    <message>
        <source>capacity units</source>
        <translation>unidades de capacidade</translation>
    </message>
    <message>
        <source>%1 LCU on average (usage assumption)</source>
        <translation>%1 LCU em média (premissa de uso)</translation>
    </message>
    <message>
        <source>public IPv4 addresses</source>
        <translation>endereços IPv4 públicos</translation>
    </message>
    <message>
        <source>internet-facing, one address in each of 2 availability zones</source>
        <translation>voltado à internet, um endereço em cada uma de 2 zonas de disponibilidade</translation>
    </message>
    <message>
        <source>stored data</source>
        <translation>dados armazenados</translation>
    </message>
    <message>
        <source>%1 GB stored (usage assumption)</source>
        <translation>%1 GB armazenados (premissa de uso)</translation>
    </message>
    <message>
        <source>web ACL</source>
        <translation>ACL web</translation>
    </message>
    <message>
        <source>requests inspected are not estimated (no request-rate assumption)</source>
        <translation>as requisições inspecionadas não são estimadas (não há premissa de taxa de requisições)</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>regras</translation>
    </message>
    <message>
        <source>an ALB serves the public entry points</source>
        <translation>um ALB atende os pontos de entrada públicos</translation>
    </message>
    <message>
        <source>NAT gateway hours</source>
        <translation>horas de NAT gateway</translation>
    </message>
    <message>
        <source>private subnets reach the internet through one NAT gateway</source>
        <translation>as sub-redes privadas acessam a internet por um NAT gateway</translation>
    </message>
    <message>
        <source>NAT gateway data processed</source>
        <translation>dados processados pelo NAT gateway</translation>
    </message>
    <message>
        <source>%1 GB out per month (usage assumption)</source>
        <translation>%1 GB de saída por mês (premissa de uso)</translation>
    </message>
    <message>
        <source>NAT gateway public IPv4 address</source>
        <translation>endereço IPv4 público do NAT gateway</translation>
    </message>
    <message>
        <source>task public IPv4 addresses</source>
        <translation>endereços IPv4 públicos das tarefas</translation>
    </message>
    <message>
        <source>%1 tasks in public subnets, one address each</source>
        <translation>%1 tarefas em sub-redes públicas, um endereço cada</translation>
    </message>
    <message>
        <source>image repositories</source>
        <translation>repositórios de imagens</translation>
    </message>
    <message>
        <source>%1 repositories x %2 GB of images (usage assumption)</source>
        <translation>%1 repositórios x %2 GB de imagens (premissa de uso)</translation>
    </message>
    <message>
        <source>log ingestion</source>
        <translation>ingestão de logs</translation>
    </message>
    <message>
        <source>%1 GB of logs per month (usage assumption)</source>
        <translation>%1 GB de logs por mês (premissa de uso)</translation>
    </message>
    <message>
        <source>log storage</source>
        <translation>armazenamento de logs</translation>
    </message>
    <message>
        <source>%1 days retained: %2 GB x %1 / %3 days</source>
        <translation>%1 dias retidos: %2 GB x %1 / %3 dias</translation>
    </message>
    <message>
        <source>%1 GB out per month (usage assumption); the 100 GB monthly free allowance is account-wide and not deducted</source>
        <translation>%1 GB de saída por mês (premissa de uso); a franquia gratuita mensal de 100 GB vale para a conta inteira e não é descontada</translation>
    </message>
    <message>
        <source>data transfer out</source>
        <translation>transferência de dados de saída</translation>
    </message>
    <message>
        <source>Kubernetes control plane</source>
        <translation>plano de controle do Kubernetes</translation>
    </message>
    <message>
        <source>backup volume</source>
        <translation>volume de backup</translation>
    </message>
    <message>
        <source>the dumps of the backup CronJob</source>
        <translation>os dumps do CronJob de backup</translation>
    </message>
    <message>
        <source>backup storage</source>
        <translation>armazenamento de backup</translation>
    </message>
    <message>
        <source>the price book &apos;%1&apos; has no backup storage price for %2</source>
        <translation>a tabela de preços &apos;%1&apos; não tem preço de armazenamento de backup para %2</translation>
    </message>
    <message>
        <source>daily backups kept %1 days; what they store beyond the free allowance depends on how much data changes (not estimated)</source>
        <translation>backups diários mantidos por %1 dias; o que armazenam além da franquia gratuita depende de quanto os dados mudam (não estimado)</translation>
    </message>
    <message>
        <source>EFS storage, %1 in one file system all its tasks share; the price book &apos;%2&apos; has no EFS price</source>
        <translation>armazenamento EFS, %1 em um sistema de arquivos compartilhado por todas as suas tarefas; o livro de preços &apos;%2&apos; não tem preço de EFS</translation>
    </message>
    <message>
        <source>AWS Backup recovery points of its EFS file system, kept %1 days; the price book &apos;%2&apos; has no AWS Backup price</source>
        <translation>pontos de recuperação do AWS Backup do seu sistema de arquivos EFS, mantidos por %1 dias; o livro de preços &apos;%2&apos; não tem preço do AWS Backup</translation>
    </message>
</context>
<context>
    <name>PriceBook</name>
    <message>
        <source>AWS sa-east-1 (São Paulo) — partial</source>
        <translation>AWS sa-east-1 (São Paulo) — parcial</translation>
    </message>
    <message>
        <source>AWS us-east-1 (N. Virginia)</source>
        <translation>AWS us-east-1 (Norte da Virgínia)</translation>
    </message>
    <message>
        <source>Self-hosted (prices nothing)</source>
        <translation>Hospedagem própria (não precifica nada)</translation>
    </message>
    <message>
        <source>Self-hosted environments run on machines whose cost Stackdraft does not know; this book prices nothing.</source>
        <translation>Ambientes de hospedagem própria rodam em máquinas cujo custo o Stackdraft não conhece; esta tabela não precifica nada.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Plugins::ArchitectureDocument</name>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>AWS ECS Fargate</source>
        <translation>AWS ECS Fargate</translation>
    </message>
    <message>
        <source>%1 architecture</source>
        <translation>Arquitetura de %1</translation>
    </message>
    <message>
        <source>Generated by Stackdraft from the design of %1. Change the design and export again rather than editing this file.</source>
        <translation>Gerado pelo Stackdraft a partir do projeto %1. Altere o projeto e exporte de novo em vez de editar este arquivo.</translation>
    </message>
    <message>
        <source>Objectives per environment</source>
        <translation>Objetivos por ambiente</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Main objective</source>
        <translation>Objetivo principal</translation>
    </message>
    <message>
        <source>Security and compliance profile</source>
        <translation>Perfis de segurança e compliance</translation>
    </message>
    <message>
        <source>built from %1</source>
        <translation>construída a partir de %1</translation>
    </message>
    <message>
        <source>as used</source>
        <translation>conforme uso</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (segredo)</translation>
    </message>
    <message>
        <source>Components and resources</source>
        <translation>Componentes e recursos</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Imagem base</translation>
    </message>
    <message>
        <source>Minimum resources (CPU/RAM)</source>
        <translation>Recursos mínimos (CPU/RAM)</translation>
    </message>
    <message>
        <source>Critical environment variables</source>
        <translation>Variáveis de ambiente críticas</translation>
    </message>
    <message>
        <source>Component diagram</source>
        <translation>Diagrama de componentes</translation>
    </message>
    <message>
        <source>Deployment diagram</source>
        <translation>Diagrama de deployment</translation>
    </message>
    <message>
        <source>Resources per environment</source>
        <translation>Recursos por ambiente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Executa como</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>CPU request / limit</source>
        <translation>CPU request / limit</translation>
    </message>
    <message>
        <source>Memory request / limit</source>
        <translation>Memória request / limit</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Budget: %1 and %2. Requests at the minimum replica count use %3% of the CPU and %4% of the memory budget.</source>
        <translation>Orçamento: %1 e %2. Os requests, no número mínimo de réplicas, usam %3% do orçamento de CPU e %4% do de memória.</translation>
    </message>
    <message>
        <source>Limits reach %1% and %2%.</source>
        <translation>Os limits chegam a %1% e %2%.</translation>
    </message>
    <message>
        <source>**Over budget.**</source>
        <translation>**Acima do orçamento.**</translation>
    </message>
    <message>
        <source>Monthly cost per environment</source>
        <translation>Custo mensal por ambiente</translation>
    </message>
    <message>
        <source>Prices in USD, 730 hours a month; each price carries its source and date in the price book.</source>
        <translation>Preços em USD, 730 horas por mês; cada preço tem fonte e data na tabela de preços.</translation>
    </message>
    <message>
        <source>Price book: %1.</source>
        <translation>Tabela de preços: %1.</translation>
    </message>
    <message>
        <source>Environment-wide</source>
        <translation>Todo o ambiente</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Custo mensal</translation>
    </message>
    <message>
        <source>Budget: %1 per month.</source>
        <translation>Orçamento: %1 por mês.</translation>
    </message>
    <message>
        <source>Over budget by %1.</source>
        <translation>Acima do orçamento em %1.</translation>
    </message>
    <message>
        <source>%1 of the total depends on usage assumptions (traffic, logs, load-balancer capacity, scaling).</source>
        <translation>%1 do total depende de premissas de uso (tráfego, logs, capacidade do load balancer, escala).</translation>
    </message>
    <message>
        <source>%1 items have no price in the book and are left out of the total.</source>
        <translation>%1 itens sem preço na tabela ficaram fora do total.</translation>
    </message>
    <message>
        <source>In %1 at %2 per USD: %3.</source>
        <translation>Em %1 a %2 por USD: %3.</translation>
    </message>
    <message>
        <source>(queue %1 &gt; %2/replica)</source>
        <translation>(fila %1 &gt; %2/réplica)</translation>
    </message>
    <message>
        <source>%1 automated backups, daily at %2 UTC, kept %3 days</source>
        <translation>backups automáticos do %1, diários às %2 UTC, mantidos por %3 dias</translation>
    </message>
    <message>
        <source>%1 automated backups, daily in a window AWS chooses, kept %2 days</source>
        <translation>backups automáticos do %1, diários numa janela escolhida pela AWS, mantidos por %2 dias</translation>
    </message>
    <message>
        <source>%1&apos;s own hourly snapshots, kept 14 days</source>
        <translation>snapshots de hora em hora do próprio %1, mantidos por 14 dias</translation>
    </message>
    <message>
        <source>object versioning; replaced and deleted versions kept %1 days</source>
        <translation>versionamento de objetos; versões substituídas e excluídas mantidas por %1 dias</translation>
    </message>
    <message>
        <source>object versioning; replaced and deleted versions kept until deleted</source>
        <translation>versionamento de objetos; versões substituídas e excluídas mantidas até serem apagadas</translation>
    </message>
    <message>
        <source>a CronJob running %1 on schedule `%2` (UTC) into its own volume, dumps kept %3 days</source>
        <translation>um CronJob que executa %1 no agendamento `%2` (UTC) num volume próprio, dumps mantidos por %3 dias</translation>
    </message>
    <message>
        <source>in the design, but nothing on this platform takes it: back it up outside</source>
        <translation>no projeto, mas nada nesta plataforma o realiza: faça o backup por fora</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>generated from its connections</source>
        <translation>gerado a partir das conexões</translation>
    </message>
    <message>
        <source>written in the project file</source>
        <translation>escrito no arquivo de projeto</translation>
    </message>
    <message>
        <source>%1, beside the project file</source>
        <translation>%1, junto ao arquivo de projeto</translation>
    </message>
    <message>
        <source>%1 (replaces the generated file)</source>
        <translation>%1 (substitui o arquivo gerado)</translation>
    </message>
    <message>
        <source>Mounted configuration files</source>
        <translation>Arquivos de configuração montados</translation>
    </message>
    <message>
        <source>Path in the container</source>
        <translation>Caminho no contêiner</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>runs %1, as %2 is realised as %3 here</source>
        <translation>roda %1, pois %2 é realizado como %3 aqui</translation>
    </message>
    <message>
        <source>Search clients:</source>
        <translation>Clientes de busca:</translation>
    </message>
    <message>
        <source>%1 on EFS</source>
        <translation>%1 no EFS</translation>
    </message>
    <message>
        <source>On AWS ECS a container&apos;s storage is an encrypted EFS file system of its service, mounted by every task at its data path: it keeps the data across restarts and deploys, and grows with it (the size is the design&apos;s, nothing is reserved).</source>
        <translation>No AWS ECS, o armazenamento de um contêiner é um sistema de arquivos EFS criptografado do seu serviço, montado por cada tarefa no seu caminho de dados: ele mantém os dados entre reinícios e implantações e cresce com eles (o tamanho é o do projeto, nada é reservado).</translation>
    </message>
    <message>
        <source>Not encrypted in transit: %1 (DocumentDB) with TLS off. Its clients connect as to MongoDB, inside the VPC and only from their security groups, but unencrypted: TLS needs Amazon&apos;s RDS CA bundle in the clients&apos; images.</source>
        <translation>Sem criptografia em trânsito: %1 (DocumentDB) com TLS desligado. Seus clientes se conectam como a um MongoDB, dentro da VPC e apenas a partir dos seus security groups, mas sem criptografia: o TLS exige o pacote de CAs do RDS da Amazon nas imagens dos clientes.</translation>
    </message>
    <message>
        <source>AWS Backup of its EFS file system, daily at %1 UTC, kept %2 days</source>
        <translation>AWS Backup do seu sistema de arquivos EFS, diário às %1 UTC, mantido por %2 dias</translation>
    </message>
    <message>
        <source>AWS Backup of its EFS file system on schedule `%1` (UTC), kept %2 days</source>
        <translation>AWS Backup do seu sistema de arquivos EFS no agendamento `%1` (UTC), mantido por %2 dias</translation>
    </message>
    <message>
        <source>Within it, with %1 items unpriced.</source>
        <translation>Dentro dele, com %1 itens sem preço.</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Plugins::MarkdownExporter</name>
    <message>
        <source>Architecture document (Markdown)</source>
        <translation>Documento de arquitetura (Markdown)</translation>
    </message>
    <message>
        <source>The Markdown exporter needs a component catalog and price books.</source>
        <translation>O exportador Markdown precisa de um catálogo de componentes e de tabelas de preços.</translation>
    </message>
    <message>
        <source>The project has no environment &apos;%1&apos;.</source>
        <translation>O projeto não tem o ambiente &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The architecture document is not available in &apos;%1&apos;; use &quot;en&quot; or &quot;pt_BR&quot;.</source>
        <translation>O documento de arquitetura não está disponível em &apos;%1&apos;; use &quot;en&quot; ou &quot;pt_BR&quot;.</translation>
    </message>
</context>
</TS>
