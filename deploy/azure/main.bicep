// Member Care Bot on Azure: an App Service (Linux, Node 20) that can run several instances,
// the Azure Bot resource with the Teams, Web Chat and Direct Line channels, and a storage
// account whose blob container holds the conversation and member state all instances share.
//
//   az deployment group create -g <resource-group> -f deploy/azure/main.bicep \
//     -p botAppId=<app id> botAppPassword=<client secret>
//
// See README.md, "Deploy to Azure", for the steps before and after.

@description('Prefix of every resource name: 3-11 lowercase letters or digits.')
@minLength(3)
@maxLength(11)
param baseName string = 'membercare'

@description('Region of the App Service and the storage account (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('Application (client) ID of the bot\'s Microsoft Entra app registration, or the client ID of the user-assigned managed identity.')
param botAppId string

@description('Client secret of that app registration. Leave empty for UserAssignedMSI.')
@secure()
param botAppPassword string = ''

@description('New Azure Bot resources are single-tenant or use a user-assigned managed identity.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botAppType string = 'SingleTenant'

@description('Tenant of the app registration or identity.')
param botAppTenantId string = tenant().tenantId

@description('Resource ID of the user-assigned managed identity (only for UserAssignedMSI).')
param botIdentityResourceId string = ''

@description('App Service plan size. P0v3 and up can scale out automatically; B1 allows up to 3 instances by hand.')
@allowed([
  'B1'
  'S1'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'P0v3'

@description('Instances of the bot. All of them share state through blob storage, so any instance can take any turn.')
@minValue(1)
@maxValue(10)
param instanceCount int = 2

@description('Azure Bot pricing tier: F0 (free, standard channels capped) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('Secret of the Direct Line channel\'s "Default Site" for the Web Chat page\'s token exchange. It exists only after the first deployment: copy it from the portal and deploy again.')
@secure()
param directLineSecret string = ''

@description('Blob container for the bot\'s state.')
param stateContainerName string = 'botstate'

@description('fatal, error, warn, info, debug, trace or silent.')
param logLevel string = 'info'

var suffix = uniqueString(resourceGroup().id)
var usesManagedIdentity = botAppType == 'UserAssignedMSI'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: toLower('${baseName}${suffix}')
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var blobConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${baseName}-${suffix}'
  location: location
  kind: 'app,linux'
  identity: usesManagedIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${botIdentityResourceId}': {}
        }
      }
    : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: state lives in blob storage, so any instance can take any turn.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node --max-semi-space-size=8 dist/bot/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        {
          name: 'MicrosoftAppId'
          value: botAppId
        }
        {
          name: 'MicrosoftAppPassword'
          value: botAppPassword
        }
        {
          name: 'MicrosoftAppType'
          value: botAppType
        }
        {
          name: 'MicrosoftAppTenantId'
          value: botAppTenantId
        }
        {
          name: 'STORAGE'
          value: 'blob'
        }
        {
          name: 'BLOB_CONNECTION_STRING'
          value: blobConnectionString
        }
        {
          name: 'BLOB_CONTAINER'
          value: stateContainer.name
        }
        {
          name: 'DIRECTLINE_SECRET'
          value: directLineSecret
        }
        {
          name: 'LOG_LEVEL'
          value: logLevel
        }
        {
          // Zip deployment runs `npm install` and `npm run build` on the server (Oryx). No NODE_ENV=production
          // here: the build needs the dev dependencies (TypeScript), and the bot does not read it.
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
        }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Member Care'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botAppTenantId
    msaAppMSIResourceId: usesManagedIdentity ? botIdentityResourceId : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
        }
      ]
    }
  }
}

output appUrl string = 'https://${app.properties.defaultHostName}'
output messagingEndpoint string = bot.properties.endpoint
output appName string = app.name
output botName string = bot.name
output storageAccountName string = storage.name
