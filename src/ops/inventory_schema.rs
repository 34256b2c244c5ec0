//! get-inventory-schema: the attributes of AWS's inventory types (those ssmctl collects and
//! those it only stores when put) and of the custom types as they were put.

use super::{Ctx, decode_number, encode_token};
use crate::error::Result;
use crate::model::inventory::*;

/// (type, schema version, attributes; a `#` suffix marks a number).
pub const AWS_SCHEMAS: &[(&str, &str, &[&str])] = &[
    (
        "AWS:Application",
        "1.1",
        &[
            "Name",
            "ApplicationType",
            "Publisher",
            "Version",
            "Release",
            "Epoch",
            "InstalledTime",
            "Architecture",
            "URL",
            "Summary",
            "PackageId",
        ],
    ),
    (
        "AWS:AWSComponent",
        "1.0",
        &["Name", "ApplicationType", "Publisher", "Version", "InstalledTime", "Architecture", "URL"],
    ),
    ("AWS:BillingInfo", "1.0", &["BillingProductId"]),
    (
        "AWS:File",
        "1.0",
        &[
            "Name",
            "Size#",
            "Description",
            "FileVersion",
            "InstalledDate",
            "ModificationTime",
            "LastAccessTime",
            "ProductName",
            "InstalledDir",
            "ProductLanguage",
            "CompanyName",
            "ProductVersion",
        ],
    ),
    (
        "AWS:InstanceDetailedInformation",
        "1.0",
        &[
            "CPUModel",
            "CPUCores#",
            "CPUs#",
            "CPUSpeedMHz#",
            "CPUSockets#",
            "CPUHyperThreadEnabled",
            "OSServicePack",
            "KernelVersion",
        ],
    ),
    (
        "AWS:InstanceInformation",
        "1.0",
        &[
            "AgentType",
            "AgentVersion",
            "ComputerName",
            "InstanceId",
            "IpAddress",
            "PlatformName",
            "PlatformType",
            "PlatformVersion",
            "ResourceType",
            "AgentStatus",
            "InstanceStatus",
        ],
    ),
    ("AWS:Network", "1.0", &["Name", "SubnetMask", "Gateway", "DHCPServer", "DNSServer", "MacAddress", "IPV4", "IPV6"]),
    ("AWS:ResourceGroup", "1.0", &["Name", "Arn"]),
    (
        "AWS:Service",
        "1.0",
        &["Name", "DisplayName", "ServiceType", "Status", "DependentServices", "ServicesDependedOn", "StartType"],
    ),
    ("AWS:Tag", "1.0", &["Key", "Value"]),
    ("AWS:WindowsRegistry", "1.0", &["KeyPath", "ValueName", "ValueType", "Value"]),
    (
        "AWS:WindowsRole",
        "1.0",
        &[
            "Name",
            "DisplayName",
            "Path",
            "FeatureType",
            "DependsOn",
            "Description",
            "Installed",
            "InstalledState",
            "SubFeatures",
            "ServerComponentDescriptor",
            "Parent",
        ],
    ),
    ("AWS:WindowsUpdate", "1.0", &["HotFixId", "Description", "InstalledTime", "InstalledBy"]),
];

/// The attribute names of a type (AWS's or custom), if the type is known.
pub fn attributes(conn: &rusqlite::Connection, type_name: &str) -> Result<Option<Vec<String>>> {
    if let Some((_, _, attrs)) = AWS_SCHEMAS.iter().find(|(t, _, _)| *t == type_name) {
        return Ok(Some(attrs.iter().map(|a| a.trim_end_matches('#').to_string()).collect()));
    }
    Ok(crate::store::inventory::custom_schema(conn, type_name)?.map(|(_, a)| a))
}

fn schema(type_name: &str, version: &str, attrs: impl Iterator<Item = (String, bool)>) -> InventoryItemSchema {
    InventoryItemSchema {
        type_name: type_name.to_string(),
        version: version.to_string(),
        // The AWS CLI prints the data types in capitals.
        attributes: attrs
            .map(|(name, number)| InventoryItemAttribute {
                name,
                data_type: if number { "NUMBER" } else { "STRING" }.into(),
            })
            .collect(),
    }
}

pub fn get(ctx: &mut Ctx, req: GetInventorySchemaRequest) -> Result<GetInventorySchemaResult> {
    let limit = req.max_results.unwrap_or(200).clamp(50, 200) as usize;
    let offset: usize = decode_number(req.next_token.as_deref())?;
    let prefix = req.type_name.clone().unwrap_or_default();
    let mut all: Vec<InventoryItemSchema> = AWS_SCHEMAS
        .iter()
        .map(|(t, v, attrs)| {
            schema(t, v, attrs.iter().map(|a| (a.trim_end_matches('#').to_string(), a.ends_with('#'))))
        })
        .collect();
    let custom = ctx.store()?.read(|tx| crate::store::inventory::custom_schemas(tx))?;
    for (t, v, attrs) in custom {
        all.push(schema(&t, &v, attrs.into_iter().map(|a| (a, false))));
    }
    // No AWS type has sub-types in ssmctl; every attribute may be aggregated on, so
    // --aggregator lists every type.
    let matching: Vec<InventoryItemSchema> =
        all.into_iter().filter(|s| !req.sub_type && s.type_name.starts_with(&prefix)).collect();
    let next_token = (matching.len() > offset + limit).then(|| encode_token(&(offset + limit).to_string()));
    Ok(GetInventorySchemaResult { schemas: matching.into_iter().skip(offset).take(limit).collect(), next_token })
}
